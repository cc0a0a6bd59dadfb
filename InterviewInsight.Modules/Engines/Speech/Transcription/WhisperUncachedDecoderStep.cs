using Microsoft.ML.OnnxRuntime;

namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Runs decoder_model(_quantized).onnx, which has no past inputs: every step feeds the whole token sequence.
/// Quadratic in the number of tokens, but at most ~227 tokens per window.
/// </summary>
internal sealed class WhisperUncachedDecoderStep : IWhisperDecoderOnnxStep
{
    private readonly InferenceSession decoder;
    private readonly OrtValue encoderStates;

    public WhisperUncachedDecoderStep(InferenceSession decoder, WhisperEncoderOutput encoded)
    {
        this.decoder = decoder;
        encoderStates = OrtValue.CreateTensorValueFromMemory(encoded.HiddenStates, encoded.Shape);
    }

    public float[] NextLogits(IReadOnlyList<int> tokens)
    {
        using var inputIds = OrtValue.CreateTensorValueFromMemory(tokens.Select(t => (long)t).ToArray(), [1, tokens.Count]);
        using var runOptions = new RunOptions();
        var inputs = new Dictionary<string, OrtValue>
        {
            ["input_ids"] = inputIds,
            ["encoder_hidden_states"] = encoderStates,
        };
        using var outputs = this.decoder.Run(runOptions, inputs, ["logits"]);
        return WhisperLogits.LastPosition(outputs[0]);
    }

    public void Dispose() => encoderStates.Dispose();
}
