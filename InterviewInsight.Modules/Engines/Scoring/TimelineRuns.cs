using InterviewInsight.Modules.Engines.Vision;

namespace InterviewInsight.Modules.Engines.Scoring;

/// <summary>Runs in 1 s timeline series (where a look-away or a fast stretch happened).</summary>
internal static class TimelineRuns
{
    /// <summary>Seconds whose eye-contact share is below this count as looking away.</summary>
    public const double LookAwayBelow = 0.5;

    /// <summary>The longest run of seconds with a face and eye contact below half; null without an eye-contact series.</summary>
    public static (double Start, double End)? LongestLookAway(VisionResult vision)
    {
        if (!vision.Timeline.Series.TryGetValue("eyeContact", out var eyeContact))
        {
            return null;
        }

        (double Start, double End)? best = null;
        int? runStart = null;
        for (var i = 0; i <= eyeContact.Count; i++)
        {
            var away = i < eyeContact.Count && eyeContact[i] is { } v && v < LookAwayBelow;
            if (away)
            {
                runStart ??= i;
                continue;
            }

            if (runStart is { } s && (best is null || i - s > best.Value.End - best.Value.Start))
            {
                best = (vision.StartSeconds + (s * vision.Timeline.StepSeconds), vision.StartSeconds + (i * vision.Timeline.StepSeconds));
            }

            runStart = null;
        }

        return best;
    }
}
