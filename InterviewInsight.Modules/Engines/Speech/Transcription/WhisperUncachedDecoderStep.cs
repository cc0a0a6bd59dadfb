using Microsoft.ML.OnnxRuntime;

namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Runs decoder_model(_quantized).onnx, which has no past inputs: every step feeds the whole token sequence.
/// Quadratic in the number of tokens, but at most ~227 tokens per window.
/// </summary>
internal sealed class WhisperUncachedDecoderStep : IWhisperDecoderOnnxStep
{
    private readonly InferenceSession _decoder;
    private readonly OrtValue _encoderStates;

    public WhisperUncachedDecoderStep(InferenceSession decoder, WhisperEncoderOutput encoded)
    {
        _decoder = decoder;
        _encoderStates = OrtValue.CreateTensorValueFromMemory(encoded.HiddenStates, encoded.Shape);
    }

    public float[] NextLogits(IReadOnlyList<int> tokens)
    {
        using var inputIds = OrtValue.CreateTensorValueFromMemory(tokens.Select(t => (long)t).ToArray(), [1, tokens.Count]);
        using var runOptions = new RunOptions();
        var inputs = new Dictionary<string, OrtValue>
        {
            ["input_ids"] = inputIds,
            ["encoder_hidden_states"] = _encoderStates,
        };
        using var outputs = _decoder.Run(runOptions, inputs, ["logits"]);
        return WhisperLogits.LastPosition(outputs[0]);
    }

    public void Dispose() => _encoderStates.Dispose();
}
