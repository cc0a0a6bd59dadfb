using InterviewInsight.Modules.Engines.Results;

namespace InterviewInsight.Modules.Analysis.Dashboard;

/// <summary>Timeline series averaged over equal stretches of time: the table alternative to the charts.</summary>
internal sealed record TimelineBuckets(double Seconds, IReadOnlyList<TimelineBucket> Rows)
{
    public static readonly TimelineBuckets Empty = new(0, []);

    private static readonly double[] Spacings = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600];

    public static TimelineBuckets Of(ResultTimeline timeline, IReadOnlyList<string> series, double duration, int maxRows)
    {
        var step = timeline.StepSeconds;
        var seconds = Spacings.Where(s => s >= step).FirstOrDefault(s => duration / s <= maxRows, Spacings[^1]);
        var rows = new List<TimelineBucket>();
        for (var start = 0.0; start < duration; start += seconds)
        {
            var from = (int)Math.Floor(start / step);
            var to = (int)Math.Ceiling(Math.Min(start + seconds, duration) / step);
            rows.Add(new TimelineBucket(start, [.. series.Select(name => Mean(timeline.Series[name], from, to))]));
        }

        return new TimelineBuckets(seconds, rows);
    }

    private static double? Mean(IReadOnlyList<double?> values, int from, int to)
    {
        var present = values.Skip(from).Take(to - from).Where(v => v is not null).Select(v => v!.Value).ToList();
        return present.Count == 0 ? null : present.Average();
    }
}

internal sealed record TimelineBucket(double Start, IReadOnlyList<double?> Means);
