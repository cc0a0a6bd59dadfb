namespace InterviewInsight.Modules.Engines.Speech.Vad;

/// <summary>
/// Silero's <c>get_speech_timestamps</c> post-processing settings. The minimum silence is 250 ms (not silero's 100 ms
/// default) because docs/architecture.md, "Evidence bands" counts pauses from 250 ms; shorter gaps are part of fluent speech.
/// </summary>
internal sealed record VadOptions
{
    public static VadOptions Default { get; } = new();

    public float Threshold { get; init; } = 0.5f;

    public float NegativeThreshold { get; init; } = 0.35f;

    public int MinSilenceMs { get; init; } = 250;

    public int MinSpeechMs { get; init; } = 250;

    public int SpeechPadMs { get; init; } = 30;
}
