using InterviewInsight.Modules.Engines.Results;

namespace InterviewInsight.Modules.Analysis.Dashboard;

/// <summary>An item of the results a comment or override can be pinned to, by its stable id.</summary>
public sealed record ReviewTarget(string Id, string Label, bool IsScore);

/// <summary>The items of one result in dashboard order: scores and their parts, recommendations, then segment cards.</summary>
internal static class ReviewTargets
{
    public static IReadOnlyList<ReviewTarget> Of(AnalysisResult result)
    {
        var targets = new List<ReviewTarget>();
        foreach (var (name, score) in new[] { ("Overall", result.Scores?.Overall), ("Content", result.Scores?.Content), ("Delivery", result.Scores?.Delivery), ("Presence", result.Scores?.Presence) })
        {
            if (score is null)
            {
                continue;
            }

            targets.Add(new(score.Id, $"{name} score", true));
            targets.AddRange(score.Components.Select(c => new ReviewTarget(c.Id, $"{name} · {c.Name}", true)));
        }

        targets.AddRange(result.Recommendations.Select(r => new ReviewTarget(r.Id, $"Recommendation: {Short(r.Text)}", false)));
        targets.AddRange(result.Segments.Select(s => new ReviewTarget(s.Id, $"Moment {TimeFormat.Clock(s.Start)}: {Short(s.Measured)}", false)));
        return targets;
    }

    public static string LabelOf(IReadOnlyList<ReviewTarget> targets, string? id) =>
        id is null ? "" : targets.FirstOrDefault(t => t.Id == id)?.Label ?? id;

    private static string Short(string text) => text.Length <= 60 ? text : text[..57] + "…";
}
