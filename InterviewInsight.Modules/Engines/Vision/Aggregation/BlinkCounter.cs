namespace InterviewInsight.Modules.Engines.Vision.Aggregation;

/// <summary>
/// Blinks as dips of the eye aspect ratio below a share of the person's own open-eye level (the median), counted on the
/// open-to-closed transition. At 5 fps most but not all blinks (100-300 ms) land on a sampled frame, so the rate is a floor.
/// </summary>
internal static class BlinkCounter
{
    public const double ClosedShareOfOpen = 0.6;

    public static int Count(IReadOnlyList<TimedValue> eyeAspectRatios)
    {
        if (eyeAspectRatios.Count < 3)
        {
            return 0;
        }

        var open = Geometry.GazeBaseline.Median(eyeAspectRatios.Select(e => e.Value));
        var closedBelow = open * ClosedShareOfOpen;
        var blinks = 0;
        var wasClosed = false;
        foreach (var ear in eyeAspectRatios)
        {
            var closed = ear.Value < closedBelow;
            if (closed && !wasClosed)
            {
                blinks++;
            }

            wasClosed = closed;
        }

        return blinks;
    }
}
