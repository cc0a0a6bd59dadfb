namespace InterviewInsight.Modules.Engines.Speech.Pauses;

/// <summary>Pause bands from docs/architecture.md, "Evidence bands" (configurable).</summary>
internal sealed record PauseOptions
{
    public static PauseOptions Default { get; } = new();

    /// <summary>Silences from 250 ms count as pauses; shorter gaps are part of fluent speech.</summary>
    public double MinPauseSeconds { get; init; } = 0.25;

    /// <summary>Mid-answer silences longer than this are flagged.</summary>
    public double LongPauseSeconds { get; init; } = 3.0;

    /// <summary>2-5 s of thinking right after a question is normal: no long pause is flagged if it starts this soon after
    /// the span (answer) start.</summary>
    public double ThinkingGraceSeconds { get; init; } = 5.0;
}
