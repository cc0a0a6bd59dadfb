using System.Globalization;

namespace InterviewInsight.Modules.Engines.Scoring;

/// <summary>
/// The top changes for the next session, ranked by expected gain in Overall points:
/// gain = (score's share of Overall) × (component's weight in its score) × (100 − component value), i.e. how much
/// Overall would rise if that sub-score reached its band. Ties break by component id, so the ranking is stable.
/// Each recommendation links the segment cards of the same behaviour as evidence.
/// </summary>
internal static class RecommendationRanker
{
    public const int DefaultCount = 3;

    private static readonly Dictionary<string, string[]> SegmentKinds = new(StringComparer.Ordinal)
    {
        ["score.content.relevance"] = ["off-topic"],
        ["score.content.star"] = ["best-answer"],
        ["score.content.specificity"] = ["best-answer"],
        ["score.delivery.pace"] = ["fastest-stretch"],
        ["score.delivery.fillers"] = ["filler-cluster"],
        ["score.delivery.pauses"] = ["long-pause"],
        ["score.delivery.pitch-variation"] = ["monotone"],
        ["score.presence.eye-contact"] = ["look-away"],
        ["score.presence.look-away"] = ["look-away"],
    };

    public static IReadOnlyList<Recommendation> Rank(ScoreSet scores, IReadOnlyList<Segment> segments, int count = DefaultCount)
    {
        if (scores.Overall is null)
        {
            return [];
        }

        var shares = scores.Overall.Components.ToDictionary(c => c.Id, c => c.Weight, StringComparer.Ordinal);
        var candidates = new[] { scores.Content, scores.Delivery, scores.Presence }
            .OfType<Score>()
            .SelectMany(s => s.Components.Select(c => (Component: c, Gain: shares.GetValueOrDefault(s.Id) * c.Weight * (100 - c.Value))))
            .Where(c => c.Gain > 0 && CoachingTexts.Recommendations.ContainsKey(c.Component.Id))
            .OrderByDescending(c => Math.Round(c.Gain, 6))
            .ThenBy(c => c.Component.Id, StringComparer.Ordinal)
            .Take(count);

        return candidates.Select(c =>
        {
            var texts = CoachingTexts.Recommendations[c.Component.Id];
            var kinds = SegmentKinds.GetValueOrDefault(c.Component.Id) ?? [];
            var evidence = segments.Where(s => kinds.Contains(s.Kind, StringComparer.Ordinal))
                .Select(s => new ScoreEvidence(s.Start, s.End, s.Measured))
                .ToList();
            return new Recommendation(
                "recommendation." + c.Component.Id["score.".Length..],
                c.Component.Id,
                $"{(c.Component.Position == "above" ? texts.Above : texts.Below)} (measured {c.Component.MeasuredText}; {c.Component.Band}.)",
                Math.Round(c.Gain, 2, MidpointRounding.AwayFromZero),
                evidence);
        }).ToList();
    }

    internal static string Format(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
