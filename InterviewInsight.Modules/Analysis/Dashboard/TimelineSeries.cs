using InterviewInsight.Modules.Engines.Scoring;

namespace InterviewInsight.Modules.Analysis.Dashboard;

/// <summary>
/// One chart row of the dashboard: which timeline series, its label, how to read its values, and the band it is
/// scored against (shaded on the chart; null where the score reads something else, e.g. pitch is scored as variation
/// around the speaker's own median, not in hertz).
/// </summary>
internal sealed record TimelineSeries(string Name, string Label, string Unit, string Color, Band? Band)
{
    public static readonly IReadOnlyList<TimelineSeries> Dashboard =
    [
        new("eyeContact", "Eye contact", "share of the second", "#2e7d32", ScoringBands.Default.EyeContact),
        new("wpm", "Pace", "words per minute", "#1565c0", ScoringBands.Default.Pace),
        new("pitchHz", "Pitch", "Hz", "#6a1b9a", null),
        new("energyDb", "Vocal energy", "dB", "#ef6c00", null),
        new("fillersPerMinute", "Filler words", "per minute", "#c62828", ScoringBands.Default.Fillers),
        new("sentiment", "Sentiment", "-1 to 1", "#00838f", null),
    ];

    /// <summary>The band in words for the label, e.g. "shaded: 120–165".</summary>
    public string? BandText => Band is { } b ? $"shaded: {Number(b.IdealMin)}–{Number(b.IdealMax)}" : null;

    private static string Number(double value) => Band.Format(value);
}
