namespace InterviewInsight.Modules.Progress.Contracts;

/// <summary>The Progress module as other modules see it (the report reads a session's reflection). Scoped to the owner.</summary>
public interface IProgressApi
{
    /// <summary>The owner's reflection on the session with its coaching response; null when there is none or the session is not theirs.</summary>
    Task<SessionReflection?> GetReflectionAsync(string ownerId, Guid sessionId, CancellationToken ct = default);
}

/// <summary>A candidate's answers to the three guided prompts and the coaching response written for them.</summary>
public sealed record SessionReflection(string WentWell, string ToChange, string Feeling, string CoachingResponse, DateTime UpdatedAt);
