using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Shared.Outbox;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;
using InterviewInsight.Modules.Shared.Audit;

namespace InterviewInsight.Modules.Live.Sessions;

/// <summary>
/// The one way a session is deleted (by its owner, with the account, by retention): it is marked deleted and a SessionDeleted
/// event is saved in the same transaction, so every read answers 404 at once and the modules purge their data afterwards.
/// </summary>
internal sealed class SessionDeleter(IDbContextFactory<LiveDbContext> dbs, IAuditLog audit, IClock clock)
{
    /// <summary>False when the owner has no such session (or it is already deleted).</summary>
    public async Task<bool> DeleteAsync(string ownerId, Guid sessionId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.OwnerId == ownerId, ct);
        if (session is null)
        {
            return false;
        }

        MarkDeleted(db, session);
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(ownerId, AuditActions.SessionDeleted, sessionId.ToString(), $"Deleted the session \"{session.Title}\" ({session.Kind}).");
        return true;
    }

    /// <summary>Deletes every session <paramref name="select"/> picks; returns how many. Used for accounts and retention.</summary>
    public async Task<int> DeleteWhereAsync(System.Linq.Expressions.Expression<Func<PracticeSession, bool>> select, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var sessions = await db.Sessions.Where(select).ToListAsync(ct);
        foreach (var session in sessions)
        {
            MarkDeleted(db, session);
        }

        await db.SaveChangesAsync(ct);
        return sessions.Count;
    }

    private void MarkDeleted(LiveDbContext db, PracticeSession session)
    {
        var now = clock.UtcNow;
        session.DeletedAt = now;
        db.AddEvent(new SessionDeleted(session.Id, session.OwnerId, now), now);
    }
}
