namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// One decoder forward pass for one audio window: given every token so far (prompt included), returns the logits
/// for the next token. Implementations may keep a KV cache and feed only the tokens they have not seen yet.
/// </summary>
internal interface IWhisperDecoderStep
{
    float[] NextLogits(IReadOnlyList<int> tokens);
}
