using InterviewInsight.Modules.Coaching.Contracts;

namespace InterviewInsight.Modules.Analysis.Dashboard;

/// <summary>
/// The human review shown with a session's results: comments from its owner and sharees, and sharees' overrides.
/// <see cref="CanOverride"/> is true for a sharee (the owner comments but does not override their own results).
/// </summary>
public sealed record DashboardReview(string ViewerId, bool CanOverride, IReadOnlyList<CommentView> Comments, IReadOnlyList<OverrideView> Overrides)
{
    public static DashboardReview None { get; } = new("", false, [], []);

    public IEnumerable<OverrideView> OverridesOf(string targetId) => Overrides.Where(o => o.TargetId == targetId);

    /// <summary>The comments pinned to a moment, as marks on the timeline (a reply shares its thread's mark).</summary>
    public IReadOnlyList<TimelineMark> Marks() =>
        [.. Comments.Where(c => c.AtSeconds is not null && c.ReplyToId is null).Select(c => new TimelineMark(c.AtSeconds!.Value, $"{c.AuthorName}: {c.Text}"))];
}

/// <summary>A comment's place on the timeline.</summary>
public sealed record TimelineMark(double Seconds, string Label);
