namespace InterviewInsight.Modules.Analysis.Dashboard;

/// <summary>Round-number time ticks for a recording: the first spacing that gives at most eight of them.</summary>
internal static class TimeAxis
{
    private static readonly double[] Spacings = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200];

    public static IReadOnlyList<double> Ticks(double duration)
    {
        if (duration <= 0)
        {
            return [];
        }

        var spacing = Spacings.FirstOrDefault(s => duration / s <= 8, Spacings[^1]);
        var count = (int)Math.Floor(duration / spacing);
        return [.. Enumerable.Range(0, count + 1).Select(i => i * spacing)];
    }
}
