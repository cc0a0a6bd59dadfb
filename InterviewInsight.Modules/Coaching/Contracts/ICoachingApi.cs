namespace InterviewInsight.Modules.Coaching.Contracts;

/// <summary>Share grants: the only way a coach ever sees a candidate's session.</summary>
public interface ICoachingApi
{
    Task<IReadOnlyList<SharedSession>> ListSharedWithCoachAsync(string coachId, CancellationToken ct = default);

    /// <summary>True when <paramref name="coachId"/> holds an unrevoked grant for the session.</summary>
    Task<bool> CanCoachSeeAsync(string coachId, Guid sessionId, CancellationToken ct = default);
}

public sealed record SharedSession(Guid SessionId, string OwnerId, DateTime SharedAt);
