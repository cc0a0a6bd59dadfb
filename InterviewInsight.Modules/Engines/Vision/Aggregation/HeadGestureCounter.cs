namespace InterviewInsight.Modules.Engines.Vision.Aggregation;

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
                if (pivots[i + 2].FirstSeconds - pivots[i].LastSeconds <= maxGestureSeconds)
                {
                    gestures++;
                    i++; // the return swing belongs to this gesture; the next may start at its end
                }
            }
        }

        return gestures;
    }

    /// <summary>
    /// Turning points whose neighbours differ by at least the threshold; the first and last extremes included. Each pivot
    /// keeps when the signal first and last sat near it, so a pause before or after a nod does not count toward its length.
    /// </summary>
    internal static List<Pivot> ZigZagPivots(IReadOnlyList<TimedValue> values, double threshold)
    {
        var pivots = new List<Pivot>();
        if (values.Count == 0)
        {
            return pivots;
        }

        var nearness = threshold / 4;
        var (min, max) = (Pivot.At(values[0]), Pivot.At(values[0]));
        var direction = 0;
        var extreme = min;
        foreach (var v in values.Skip(1))
        {
            if (direction == 0)
            {
                (min, max) = (min.Track(v, -1, nearness), max.Track(v, 1, nearness));
                if (v.Value - min.Value >= threshold)
                {
                    (direction, extreme) = (1, Pivot.At(v));
                    pivots.Add(min);
                }
                else if (max.Value - v.Value >= threshold)
                {
                    (direction, extreme) = (-1, Pivot.At(v));
                    pivots.Add(max);
                }
            }
            else if (direction * (extreme.Value - v.Value) >= threshold)
            {
                pivots.Add(extreme);
                (direction, extreme) = (-direction, Pivot.At(v));
            }
            else
            {
                extreme = extreme.Track(v, direction, nearness);
            }
        }

        if (direction != 0)
        {
            pivots.Add(extreme);
        }

        return pivots;
    }

    /// <summary>An extreme of the angle and the first and last time the signal was near it.</summary>
    internal readonly record struct Pivot(double Value, double FirstSeconds, double LastSeconds)
    {
        public static Pivot At(TimedValue v) => new(v.Value, v.TimeSeconds, v.TimeSeconds);

        /// <summary>Moves to a more extreme value (in <paramref name="sign"/>'s direction) or extends the time near this one.</summary>
        public Pivot Track(TimedValue v, int sign, double nearness) =>
            sign * (v.Value - Value) > nearness ? At(v)
            : sign * (v.Value - Value) > 0 ? this with { Value = v.Value, LastSeconds = v.TimeSeconds }
            : sign * (Value - v.Value) <= nearness ? this with { LastSeconds = v.TimeSeconds }
            : this;
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
