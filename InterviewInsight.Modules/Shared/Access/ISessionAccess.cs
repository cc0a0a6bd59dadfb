namespace InterviewInsight.Modules.Shared.Access;

/// <summary>
/// The one question every module asks before reading a session for someone: are they its owner, a sharee named by an
/// active share, or nobody? Coaching answers it from the share table on every call (no copy fed by events), so a revoked
/// share stops reads at once; modules depend on this contract, never on Coaching.
/// </summary>
public interface ISessionAccess
{
    Task<SessionAccess> GetAsync(string userId, Guid sessionId, CancellationToken ct = default);
}

public enum SessionAccessLevel
{
    None,
    Owner,
    Sharee,
}

/// <summary>What <paramref name="Level"/> of access the asker has, and whose session it is (the owner id scopes every read).</summary>
public sealed record SessionAccess(SessionAccessLevel Level, string OwnerId)
{
    public static SessionAccess None { get; } = new(SessionAccessLevel.None, "");

    public bool CanRead => Level != SessionAccessLevel.None;

    public bool IsOwner => Level == SessionAccessLevel.Owner;

    public bool IsSharee => Level == SessionAccessLevel.Sharee;
}
