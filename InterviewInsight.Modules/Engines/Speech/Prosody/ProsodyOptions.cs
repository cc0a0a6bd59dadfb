namespace InterviewInsight.Modules.Engines.Speech.Prosody;

/// <summary>Monotone detection settings. Conversational speech typically varies by 2-4 semitones (standard deviation);
/// a 5 s stretch under 1.5 semitones sounds flat. Starting values, configurable.</summary>
internal sealed record ProsodyOptions
{
    public static ProsodyOptions Default { get; } = new();

    public double MonotoneWindowSeconds { get; init; } = 5;

    public double MonotoneMaxStdSemitones { get; init; } = 1.5;

    /// <summary>A window needs at least this much voiced pitch to be judged at all.</summary>
    public double MinVoicedSecondsPerWindow { get; init; } = 1.0;
}
