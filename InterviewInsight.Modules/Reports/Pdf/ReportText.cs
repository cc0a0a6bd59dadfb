using System.Globalization;
using InterviewInsight.Modules.Engines.Content;

namespace InterviewInsight.Modules.Reports.Pdf;

/// <summary>The words the PDF and the shared report page both use for times, segments and structure.</summary>
internal static class ReportText
{
    public static string Clock(double seconds) =>
        TimeSpan.FromSeconds(Math.Max(0, seconds)).ToString(seconds >= 3600 ? @"h\:mm\:ss" : @"m\:ss", CultureInfo.InvariantCulture);

    public static string Range(double start, double end) => $"{Clock(start)}–{Clock(end)}";

    public static string Percent(double ratio) => ratio.ToString("P0", CultureInfo.InvariantCulture);

    public static string SegmentTitle(string kind) => kind switch
    {
        "best-answer" => "Your strongest answer",
        "off-topic" => "Drifted from the question",
        "long-pause" => "Long pause",
        "filler-cluster" => "Cluster of filler words",
        "fastest-stretch" => "Fastest stretch",
        "look-away" => "Longest look away",
        "monotone" => "Flat-sounding stretch",
        _ => kind,
    };

    public static string Star(StarCoverage star)
    {
        var parts = new[] { ("situation", star.Situation.Shown), ("task", star.Task.Shown), ("action", star.Action.Shown), ("result", star.Result.Shown) };
        var shown = parts.Where(p => p.Item2).Select(p => p.Item1).ToList();
        var missing = parts.Where(p => !p.Item2).Select(p => p.Item1).ToList();
        return shown.Count == 0
            ? "no situation, task, action or result heard"
            : string.Join(", ", shown) + (missing.Count > 0 ? $" (missing: {string.Join(", ", missing)})" : "");
    }
}
