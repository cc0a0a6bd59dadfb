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
}

/// <summary>A session's owner and creation time (shares of "all future sessions" cover sessions made after them).</summary>
public sealed record SessionOwner(string OwnerId, DateTime CreatedAt);

/// <summary>Where an answer is and what it retakes: its session, its bank question (null when typed or generated) and the earlier attempt.</summary>
public sealed record AnswerRef(Guid AnswerId, Guid SessionId, string? QuestionId, string Question, AnswerKind Kind, Guid? RetakeOfAnswerId);
