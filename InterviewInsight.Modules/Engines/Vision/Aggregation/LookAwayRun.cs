namespace InterviewInsight.Modules.Engines.Vision.Aggregation;

/// <summary>A stretch of consecutive analysed frames without eye contact (a missing face counts as looking away).</summary>
internal readonly record struct LookAwayRun(double StartSeconds, double EndSeconds)
{
    public double DurationSeconds => EndSeconds - StartSeconds;

    /// <summary>
    /// Runs of frames without eye contact. A run lasts from its first frame to the next frame with
    /// contact (or the span end), so one isolated frame at 5 fps is a 0.2 s look-away.
    /// </summary>
    public static List<LookAwayRun> Find(IReadOnlyList<(double TimeSeconds, bool EyeContact)> frames, double spanEndSeconds)
    {
        var runs = new List<LookAwayRun>();
        double? start = null;
        foreach (var (time, contact) in frames)
        {
            if (!contact && start is null)
            {
                start = time;
            }
            else if (contact && start is { } began)
            {
                runs.Add(new LookAwayRun(began, time));
                start = null;
            }
        }

        if (start is { } open)
        {
            runs.Add(new LookAwayRun(open, Math.Max(open, spanEndSeconds)));
        }

        return runs;
    }

    public double OverlapSeconds(double startSeconds, double endSeconds) =>
        Math.Max(0, Math.Min(EndSeconds, endSeconds) - Math.Max(StartSeconds, startSeconds));
}
