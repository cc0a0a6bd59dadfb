using System.Globalization;
using InterviewInsight.Modules.Engines.Results;

namespace InterviewInsight.Modules.Coaching.Review;

/// <summary>
/// What an override may be given for, read from the run's result by stable id: a score or sub-score (a number) or a
/// recommendation or segment card (words). <see cref="MachineValue"/> is what the machine said, kept beside the override.
/// </summary>
internal sealed record OverrideTarget(string Id, bool IsScore, string MachineValue)
{
    public static OverrideTarget? Find(AnalysisResult result, string targetId)
    {
        var scores = new[] { result.Scores?.Overall, result.Scores?.Content, result.Scores?.Delivery, result.Scores?.Presence };
        foreach (var score in scores.OfType<Engines.Scoring.Score>())
        {
            if (score.Id == targetId)
            {
                return new(targetId, true, Number(score.Value));
            }

            if (score.Components.FirstOrDefault(c => c.Id == targetId) is { } component)
            {
                return new(targetId, true, Number(component.Value));
            }
        }

        if (result.Recommendations.FirstOrDefault(r => r.Id == targetId) is { } recommendation)
        {
            return new(targetId, false, recommendation.Text);
        }

        return result.Segments.FirstOrDefault(s => s.Id == targetId) is { } segment
            ? new(targetId, false, $"{segment.Measured} {segment.Suggestion}")
            : null;
    }

    private static string Number(double value) => Math.Round(value).ToString(CultureInfo.InvariantCulture);
}
