using Microsoft.ML.OnnxRuntime;

namespace InterviewInsight.Modules.Engines.Speech.Transcription;

internal static class WhisperLogits
{
    /// <summary>The logits row of the last position of a [batch=1, seq, vocab] output.</summary>
    public static float[] LastPosition(OrtValue logits)
    {
        var shape = logits.GetTensorTypeAndShape().Shape;
        var vocabulary = checked((int)shape[^1]);
        var positions = checked((int)shape[^2]);
        return logits.GetTensorDataAsSpan<float>().Slice((positions - 1) * vocabulary, vocabulary).ToArray();
    }
}
