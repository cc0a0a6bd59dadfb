namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Result of decoding one 30 s window: the sampled tokens (prompt and &lt;|endoftext|&gt; excluded), the probability
/// of &lt;|nospeech|&gt; at the first step (NaN when the prompt is longer than one token), and whether the
/// token budget ran out before &lt;|endoftext|&gt;.
/// </summary>
internal sealed record WhisperWindowDecoding(
    IReadOnlyList<WhisperDecodedToken> Tokens,
    double NoSpeechProbability,
    bool HitTokenLimit)
{
    public double AverageLogProbability =>
        Tokens.Count == 0 ? 0.0 : Tokens.Average(t => Math.Log(Math.Max(t.Probability, 1e-12)));

    /// <summary>
    /// Whisper's silence gate (transcribe.py: no_speech_threshold 0.6, logprob_threshold -1): the model thought
    /// there was no speech and what it produced anyway is improbable, so the window's text is a hallucination.
    /// </summary>
    public bool IsLikelyNoSpeech => NoSpeechProbability > 0.6 && AverageLogProbability < -1.0;
}
