namespace InterviewInsight.Modules.Coaching.Contracts;

/// <summary>
/// Review of a session by its owner and the people it is shared with: comments pinned to moments or result items, and a
/// sharee's overrides beside the machine's values. Every call checks the viewer's access (owner or active share) first
/// and reads as absent (null, or <see cref="ReviewWrite.NotFound"/>) without it.
/// </summary>
public interface ICoachingApi
{
    Task<IReadOnlyList<CommentView>?> ListCommentsAsync(string viewerId, Guid sessionId, CancellationToken ct = default);

    Task<ReviewWrite> AddCommentAsync(string authorId, Guid sessionId, CommentRequest request, CancellationToken ct = default);

    Task<IReadOnlyList<OverrideView>?> ListOverridesAsync(string viewerId, Guid sessionId, CancellationToken ct = default);

    /// <summary>A sharee's own value or words for a score, recommendation or segment card of the latest run; refused to the owner.</summary>
    Task<ReviewWrite> AddOverrideAsync(string coachId, Guid sessionId, OverrideRequest request, CancellationToken ct = default);

    /// <summary>
    /// Which items of the owner's sessions a reviewer overrode, without their words, so progress can mark them while it
    /// keeps charting the machine's values. Scoped to the owner id; callers reading for a sharee pass the session's owner.
    /// </summary>
    Task<IReadOnlyList<OverrideMark>> ListOverrideMarksAsync(string ownerId, CancellationToken ct = default);

    /// <summary>
    /// What happened for the user, newest first: comments and overrides on their sessions, replies to their comments, and
    /// sessions shared with them; <see cref="Notice.IsNew"/> marks what came after they last opened their notices.
    /// </summary>
    Task<NoticeList> ListNoticesAsync(string userId, CancellationToken ct = default);

    /// <summary>Marks everything up to <paramref name="upTo"/> (the newest notice shown; now when null) as seen.</summary>
    Task MarkNoticesSeenAsync(string userId, DateTime? upTo = null, CancellationToken ct = default);
}

/// <summary>The user's notices and how many are new.</summary>
public sealed record NoticeList(int Unseen, IReadOnlyList<Notice> Items);

/// <summary>One notice: its kind ("comment", "reply", "override" or "share"), what it says, where it leads and when.</summary>
public sealed record Notice(string Kind, string Text, string Url, DateTime At, bool IsNew);

/// <summary>The body of POST comments: a moment and/or a result item's stable id, the words, and the comment it answers.</summary>
public sealed record CommentRequest(string? TargetId, double? AtSeconds, string? Text, Guid? ReplyToId);

/// <summary>A comment as both sides see it; <see cref="AuthorRole"/> is "owner" or "sharee".</summary>
public sealed record CommentView(
    Guid Id, string AuthorId, string AuthorName, string AuthorRole, string? TargetId, double? AtSeconds, string Text, Guid? ReplyToId, DateTime CreatedAt);

/// <summary>The body of POST overrides: a score's own value (0-100) or a card's own words, and why.</summary>
public sealed record OverrideRequest(string? TargetId, double? Value, string? Text, string? Reason);

/// <summary>An override beside the machine's value it was given against (<see cref="RunVersion"/>).</summary>
public sealed record OverrideView(
    Guid Id, string TargetId, int RunVersion, string MachineValue, double? Value, string? Text, string Reason, string CoachId, string CoachName, DateTime CreatedAt);

/// <summary>That a reviewer overrode <see cref="TargetId"/> of the session's run <see cref="RunVersion"/>, with their score for a score.</summary>
public sealed record OverrideMark(Guid SessionId, string TargetId, int RunVersion, double? Value);

/// <summary>What a write did: made <see cref="Id"/>, found no session the writer may see, or refused the input with field errors.</summary>
public sealed record ReviewWrite(Guid? Id, bool NotFound, IReadOnlyDictionary<string, string[]>? Errors)
{
    public static ReviewWrite Missing { get; } = new(null, true, null);

    public static ReviewWrite Made(Guid id) => new(id, false, null);

    public static ReviewWrite Invalid(string field, string message) => new(null, false, new Dictionary<string, string[]> { [field] = [message] });
}
