namespace InterviewInsight.Modules.Analysis.Dashboard;

/// <summary>One chart row of the dashboard: which timeline series, its label and how to read its values.</summary>
internal sealed record TimelineSeries(string Name, string Label, string Unit, string Color)
{
    public static readonly IReadOnlyList<TimelineSeries> Dashboard =
    [
        new("eyeContact", "Eye contact", "share of the second", "#2e7d32"),
        new("wpm", "Pace", "words per minute", "#1565c0"),
        new("pitchHz", "Pitch", "Hz", "#6a1b9a"),
        new("energyDb", "Vocal energy", "dB", "#ef6c00"),
        new("fillersPerMinute", "Filler words", "per minute", "#c62828"),
        new("sentiment", "Sentiment", "-1 to 1", "#00838f"),
    ];
}
