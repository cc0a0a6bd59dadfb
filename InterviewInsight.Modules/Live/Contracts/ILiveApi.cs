namespace InterviewInsight.Modules.Live.Contracts;

/// <summary>The Live module as other modules see it. Every call is scoped to an owner: no call returns another user's session.</summary>
public interface ILiveApi
{
    Task<IReadOnlyList<PracticeSessionSummary>> ListSessionsAsync(string ownerId, CancellationToken ct = default);

    Task<PracticeSessionDetails?> GetSessionAsync(string ownerId, Guid sessionId, CancellationToken ct = default);

    /// <summary>
    /// Whose session this is and when it was made, for the access check (<c>ISessionAccess</c>) alone: it reads no content.
    /// Null for an unknown or deleted session.
    /// </summary>
    Task<SessionOwner?> FindOwnerAsync(Guid sessionId, CancellationToken ct = default);

    Task<Guid> CreateSessionAsync(string ownerId, SessionKind kind, SessionSetUp setUp, CancellationToken ct = default);

    /// <summary>
    /// Deletes the owner's session: from now on it reads as absent everywhere, and its rows and files are purged in the background.
    /// False when the owner has no such session.
    /// </summary>
    Task<bool> DeleteSessionAsync(string ownerId, Guid sessionId, CancellationToken ct = default);

    /// <summary>The session's media and answers for analysis; null when it is not the owner's or has no recording.</summary>
    Task<SessionRecording?> GetRecordingAsync(string ownerId, Guid sessionId, CancellationToken ct = default);

    /// <summary>What the interviewer decided after each answer and why, in answer order; empty for uploads and when the session is not the owner's.</summary>
    Task<IReadOnlyList<InterviewerChoice>> ListInterviewerChoicesAsync(string ownerId, Guid sessionId, CancellationToken ct = default);

    /// <summary>One of the owner's answers wherever it is (for retake and compare links); null when it is not the owner's.</summary>
    Task<AnswerRef?> FindAnswerAsync(string ownerId, Guid answerId, CancellationToken ct = default);

    /// <summary>The user's own question sets and the sets assigned to them, each list newest first.</summary>
    Task<IReadOnlyList<QuestionSetSummary>> ListQuestionSetsAsync(string userId, CancellationToken ct = default);

    /// <summary>A set the user owns or is assigned; null otherwise.</summary>
    Task<QuestionSetDetails?> GetQuestionSetAsync(string userId, Guid setId, CancellationToken ct = default);

    Task<QuestionSetWrite> CreateQuestionSetAsync(string ownerId, QuestionSetDraft draft, CancellationToken ct = default);

    /// <summary>Replaces the name and questions of one of the owner's sets (assignees see the change).</summary>
    Task<QuestionSetWrite> UpdateQuestionSetAsync(string ownerId, Guid setId, QuestionSetDraft draft, CancellationToken ct = default);

    /// <summary>Deletes one of the owner's sets with its assignments; false when the owner has no such set.</summary>
    Task<bool> DeleteQuestionSetAsync(string ownerId, Guid setId, CancellationToken ct = default);

    /// <summary>
    /// Assigns one of the owner's sets to a user (idempotent). Live does not judge who may be assigned: the caller does
    /// (Coaching allows only candidates who share with the coach). False when the owner has no such set.
    /// </summary>
    Task<bool> AssignQuestionSetAsync(string ownerId, Guid setId, string assigneeId, CancellationToken ct = default);

    /// <summary>Takes an assignment back; false when the owner has no such set or it was not assigned to that user.</summary>
    Task<bool> UnassignQuestionSetAsync(string ownerId, Guid setId, string assigneeId, CancellationToken ct = default);
}

/// <summary>A session's owner and creation time (shares of "all future sessions" cover sessions made after them).</summary>
public sealed record SessionOwner(string OwnerId, DateTime CreatedAt);

/// <summary>Where an answer is and what it retakes: its session, its bank question (null when typed or generated) and the earlier attempt.</summary>
public sealed record AnswerRef(Guid AnswerId, Guid SessionId, string? QuestionId, string Question, AnswerKind Kind, Guid? RetakeOfAnswerId);
