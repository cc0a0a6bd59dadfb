using InterviewInsight.Modules.Coaching.Contracts;
using InterviewInsight.Modules.Coaching.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Coaching.Sharing;

internal sealed class CoachingApi(IDbContextFactory<CoachingDbContext> dbs) : ICoachingApi
{
    public async Task<IReadOnlyList<SharedSession>> ListSharedWithCoachAsync(string coachId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Shares.AsNoTracking()
            .Where(g => g.CoachId == coachId && g.RevokedAt == null)
            .OrderByDescending(g => g.CreatedAt)
            .Select(g => new SharedSession(g.SessionId, g.OwnerId, g.CreatedAt))
            .ToListAsync(ct);
    }

    public async Task<bool> CanCoachSeeAsync(string coachId, Guid sessionId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Shares.AnyAsync(g => g.CoachId == coachId && g.SessionId == sessionId && g.RevokedAt == null, ct);
    }
}
