namespace InterviewInsight.Modules.Analysis.Vision.Aggregation;

/// <summary>
/// Counts nods (pitch) or shakes (yaw) as a swing and a swing back, each at least <c>minSwingDegrees</c>, within
/// <c>maxGestureSeconds</c>. Swings are found with a zig-zag filter, so slow drift and jitter below the threshold are ignored;
/// a gap in the face track ends the current gesture.
/// </summary>
internal static class HeadGestureCounter
{
    public const double NodSwingDegrees = 6;
    public const double ShakeSwingDegrees = 8;

    public static int Count(IReadOnlyList<TimedValue> angles, double minSwingDegrees, double maxGestureSeconds = 1.6, double maxGapSeconds = 0.6)
    {
        var gestures = 0;
        foreach (var run in SplitAtGaps(angles, maxGapSeconds))
        {
            var pivots = ZigZagPivots(run, minSwingDegrees);
            for (var i = 0; i + 2 < pivots.Count; i++)
            {
                if (pivots[i + 2].TimeSeconds - pivots[i].TimeSeconds <= maxGestureSeconds)
                {
                    gestures++;
                    i++; // the return swing belongs to this gesture; the next may start at its end
                }
            }
        }

        return gestures;
    }

    /// <summary>Turning points whose neighbours differ by at least the threshold; the first and last extremes included.</summary>
    internal static List<TimedValue> ZigZagPivots(IReadOnlyList<TimedValue> values, double threshold)
    {
        var pivots = new List<TimedValue>();
        if (values.Count == 0)
        {
            return pivots;
        }

        var (min, max) = (values[0], values[0]);
        var direction = 0;
        var extreme = values[0];
        foreach (var v in values.Skip(1))
        {
            if (direction == 0)
            {
                (min, max) = (v.Value < min.Value ? v : min, v.Value > max.Value ? v : max);
                if (v.Value - min.Value >= threshold)
                {
                    (direction, extreme) = (1, v);
                    pivots.Add(min);
                }
                else if (max.Value - v.Value >= threshold)
                {
                    (direction, extreme) = (-1, v);
                    pivots.Add(max);
                }
            }
            else if (direction * (v.Value - extreme.Value) > 0)
            {
                extreme = v;
            }
            else if (Math.Abs(extreme.Value - v.Value) >= threshold)
            {
                pivots.Add(extreme);
                (direction, extreme) = (-direction, v);
            }
        }

        if (direction != 0)
        {
            pivots.Add(extreme);
        }

        return pivots;
    }

    private static IEnumerable<List<TimedValue>> SplitAtGaps(IReadOnlyList<TimedValue> values, double maxGapSeconds)
    {
        var run = new List<TimedValue>();
        foreach (var v in values)
        {
            if (run.Count > 0 && v.TimeSeconds - run[^1].TimeSeconds > maxGapSeconds)
            {
                yield return run;
                run = [];
            }

            run.Add(v);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
