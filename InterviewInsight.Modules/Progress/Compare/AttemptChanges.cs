using System.Globalization;
using InterviewInsight.Modules.Engines.Scoring;
using InterviewInsight.Modules.Progress.Trends;

namespace InterviewInsight.Modules.Progress.Compare;

/// <summary>
/// One measure of two attempts: the values, whether the later one is better (null: no direction, or too small a change
/// to call) and the change in plain words, e.g. "Pace 168 → 142 wpm, now inside the band (120-165 wpm)".
/// </summary>
public sealed record MeasureChange(string Measure, double Before, double After, bool? Better, string Text);

/// <summary>
/// What changed between an earlier and a later attempt at one question, measure by measure, judged against the scoring
/// bands (docs/architecture.md, "Evidence bands"): a rate nearer its band is better, whichever side it came from.
/// Measures missing from either attempt are left out; changes below a measure's noise step are "about the same".
/// </summary>
internal static class AttemptChanges
{
    private static readonly ScoringBands Bands = ScoringBands.Default;

    public static IReadOnlyList<MeasureChange> Between(QuestionAttempt before, QuestionAttempt after)
    {
        var changes = new List<MeasureChange?>
        {
            Higher("overall", "Answer score", before.Overall, after.Overall, 2, Whole),
            Higher("content", "Content score", before.Content, after.Content, 2, Whole),
            Higher("delivery", "Delivery score", before.Delivery, after.Delivery, 2, Whole),
            Higher("presence", "Presence score", before.Presence, after.Presence, 2, Whole),
            InBand("wordsPerMinute", "Pace", Bands.Pace, before.WordsPerMinute, after.WordsPerMinute, 3, Whole, "wpm"),
            Lower("fillers", "Fillers", before.FillerCount, after.FillerCount, 1, Whole),
            InBand("longestPauseSeconds", "Longest pause", Bands.MidAnswerPause, before.LongestPauseSeconds, after.LongestPauseSeconds, 0.5, Tenths, "s"),
            InBand("eyeContactRatio", "Eye contact", Bands.EyeContact, before.EyeContactRatio, after.EyeContactRatio, 0.05, Percent, ""),
            InBand("durationSeconds", "Answer length", Bands.AnswerLength, before.DurationSeconds, after.DurationSeconds, 5, Whole, "s"),
            Neutral("wordCount", "Words", before.WordCount, after.WordCount),
            Higher("starCoverage", "STAR elements", before.StarCoverage, after.StarCoverage, 0.2, v => Whole(v * 4), "of 4"),
            Higher("relevance", "On the question", before.Relevance, after.Relevance, 0.05, Percent),
        };
        return [.. changes.OfType<MeasureChange>()];
    }

    private static MeasureChange? Higher(string measure, string name, double? before, double? after, double step, Func<double, string> show, string unit = "") =>
        Directed(measure, name, before, after, step, show, unit, higherIsBetter: true);

    private static MeasureChange? Lower(string measure, string name, double? before, double? after, double step, Func<double, string> show) =>
        Directed(measure, name, before, after, step, show, "", higherIsBetter: false);

    private static MeasureChange? Directed(
        string measure, string name, double? before, double? after, double step, Func<double, string> show, string unit, bool higherIsBetter)
    {
        if (before is not { } b || after is not { } a)
        {
            return null;
        }

        var same = Math.Abs(a - b) < step;
        bool? better = same ? null : (a > b) == higherIsBetter;
        return new MeasureChange(measure, b, a, better, Text(name, show(b), show(a), unit, same));
    }

    /// <summary>Better is nearer the band's ideal range; a side without a poor limit is never worse (e.g. more eye contact).</summary>
    private static MeasureChange? InBand(string measure, string name, Band band, double? before, double? after, double step, Func<double, string> show, string unit)
    {
        if (before is not { } b || after is not { } a)
        {
            return null;
        }

        var (from, to) = (Distance(band, b), Distance(band, a));
        var same = Math.Abs(a - b) < step;
        bool? better = same || from == to ? null : to < from;
        var where = (from, to) switch
        {
            ( > 0, 0) => ", now inside the band",
            (0, > 0) => ", now outside the band",
            _ => "",
        };
        var range = where.Length == 0 ? "" : $" ({show(band.IdealMin)}-{show(band.IdealMax)}{(unit.Length == 0 ? "" : " " + unit)})";
        return new MeasureChange(measure, b, a, better, Text(name, show(b), show(a), unit, same) + where + range);
    }

    private static MeasureChange? Neutral(string measure, string name, double? before, double? after) =>
        before is { } b && after is { } a ? new MeasureChange(measure, b, a, null, $"{name} {Whole(b)} → {Whole(a)}") : null;

    private static double Distance(Band band, double value) =>
        value < band.IdealMin ? (band.PoorMin is null ? 0 : band.IdealMin - value)
        : value > band.IdealMax ? (band.PoorMax is null ? 0 : value - band.IdealMax)
        : 0;

    private static string Text(string name, string before, string after, string unit, bool same) =>
        $"{name} {before} → {after}{(unit.Length == 0 ? "" : " " + unit)}{(same ? ", about the same" : "")}";

    private static string Whole(double value) => value.ToString("0", CultureInfo.InvariantCulture);

    private static string Tenths(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Percent(double ratio) => ratio.ToString("0%", CultureInfo.InvariantCulture);
}
