namespace InterviewInsight.Modules.Engines.Speech.Pauses;

/// <summary>The <c>pauses</c> object of the result JSON (docs/architecture.md, "Scores").</summary>
/// <param name="Count">Silences between speech of at least the minimum pause length.</param>
/// <param name="MeanSeconds">Mean length of those silences (0 when there are none).</param>
/// <param name="LongestSeconds">Longest of them (0 when there are none).</param>
/// <param name="SilenceRatio">Share (0..1) of the span with no detected speech.</param>
/// <param name="LeadingSilenceSeconds">Silence from the span start to the first speech (thinking time after a question).</param>
/// <param name="LongMidAnswer">Silences over the long-pause threshold that start after the thinking grace.</param>
public sealed record PauseSummary(
    int Count,
    double MeanSeconds,
    double LongestSeconds,
    double SilenceRatio,
    double LeadingSilenceSeconds,
    IReadOnlyList<Pause> LongMidAnswer);
