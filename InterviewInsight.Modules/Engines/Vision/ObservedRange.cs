using InterviewInsight.Modules.Engines.Vision.Aggregation;

namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>The frames observed over [From, To) of the session clock, by <see cref="Engine"/> (engines and sampling).</summary>
internal sealed record ObservedRange(string Engine, double From, double To, IReadOnlyList<FrameObservation> Observations)
{
    /// <summary>Stretches shorter than this (rounding between answers) are not worth starting a decoder for.</summary>
    public const double MinGapSeconds = 0.2;

    /// <summary>Ranges that do not overlap, earliest first; of two that overlap (an answer analysed twice), the first is kept.</summary>
    public static IReadOnlyList<ObservedRange> Disjoint(IEnumerable<ObservedRange> ranges)
    {
        var kept = new List<ObservedRange>();
        foreach (var range in ranges.OrderBy(r => r.From))
        {
            if (kept.Count == 0 || range.From >= kept[^1].To - 1e-6)
            {
                kept.Add(range);
            }
        }

        return kept;
    }

    /// <summary>The stretches of [0, duration) that none of the (disjoint, ordered) ranges covers.</summary>
    public static IReadOnlyList<(double From, double To)> Uncovered(IReadOnlyList<ObservedRange> ranges, double duration)
    {
        var gaps = new List<(double From, double To)>();
        var at = 0.0;
        foreach (var range in ranges)
        {
            if (range.From - at >= MinGapSeconds)
            {
                gaps.Add((at, Math.Min(range.From, duration)));
            }

            at = Math.Max(at, range.To);
        }

        if (duration - at >= MinGapSeconds)
        {
            gaps.Add((at, duration));
        }

        return gaps;
    }
}
