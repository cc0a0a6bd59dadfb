namespace InterviewInsight.Modules.Progress.Trends;

/// <summary>One measure to chart across sessions: its label, unit, fixed axis range, colour and how to read it from a session.</summary>
public sealed record TrendLine(string Key, string Label, string Unit, double Min, double Max, string Color, Func<ProgressSession, double?> Value, string? Better)
{
    /// <summary>A reviewer's own score for this line's score in the session (the latest they gave); null for measures and unreviewed scores.</summary>
    public double? ReviewerValue(ProgressSession session) =>
        session.Overridden.LastOrDefault(o => o.TargetId == $"score.{Key}" && o.Value is not null)?.Value;

    public static readonly TrendLine[] Scores =
    [
        new("overall", "Overall", "0-100", 0, 100, "#1f5fa8", s => s.Scores.Overall, "higher is better"),
        new("content", "Content", "0-100", 0, 100, "#2e7d32", s => s.Scores.Content, "higher is better"),
        new("delivery", "Delivery", "0-100", 0, 100, "#8e24aa", s => s.Scores.Delivery, "higher is better"),
        new("presence", "Presence", "0-100", 0, 100, "#b45309", s => s.Scores.Presence, "higher is better"),
    ];

    public static readonly TrendLine[] Measures =
    [
        new("wordsPerMinute", "Words per minute", "wpm", 60, 220, "#1f5fa8", s => s.Measures.WordsPerMinute, "best within 120-165"),
        new("fillersPerMinute", "Fillers per minute", "per min", 0, 15, "#b91c1c", s => s.Measures.FillersPerMinute, "lower is better"),
        new("longPauses", "Long pauses", "count", 0, 10, "#6d28d9", s => s.Measures.LongPauses, "lower is better"),
        new("eyeContactRatio", "Eye contact", "share of time", 0, 1, "#0f766e", s => s.Measures.EyeContactRatio, "best 50-75 %"),
        new("answerSeconds", "Answer length", "seconds", 0, 240, "#92400e", s => s.Measures.AnswerSeconds, "best 60-120 s"),
        new("starCoverage", "STAR coverage", "share of parts", 0, 1, "#2e7d32", s => s.Measures.StarCoverage, "higher is better"),
    ];
}
