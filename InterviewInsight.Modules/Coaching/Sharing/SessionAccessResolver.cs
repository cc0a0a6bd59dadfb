using InterviewInsight.Modules.Coaching.Data;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Access;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Coaching.Sharing;

/// <summary>
/// Answers <see cref="ISessionAccess"/>: the owner from Live, a sharee from the share table, read on every call so a
/// revoke applies to the very next request. A share of "all future sessions" covers sessions made after it.
/// </summary>
internal sealed class SessionAccessResolver(ILiveApi live, IDbContextFactory<CoachingDbContext> dbs) : ISessionAccess
{
    public async Task<SessionAccess> GetAsync(string userId, Guid sessionId, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(userId) || await live.FindOwnerAsync(sessionId, ct) is not { } session)
        {
            return SessionAccess.None;
        }

        if (session.OwnerId == userId)
        {
            return new SessionAccess(SessionAccessLevel.Owner, session.OwnerId);
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var shared = await db.Shares.AnyAsync(
            g => g.GranteeId == userId && g.OwnerId == session.OwnerId && g.RevokedAt == null
                 && (g.SessionId == sessionId || (g.SessionId == null && g.CreatedAt <= session.CreatedAt)),
            ct);
        return shared ? new SessionAccess(SessionAccessLevel.Sharee, session.OwnerId) : SessionAccess.None;
    }
}
