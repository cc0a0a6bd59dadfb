using InterviewInsight.Modules.Shared.Settings.Data;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Shared.Audit;

/// <summary>
/// The audit log in the Settings database, beside the instance settings it also records changes of. Best effort: an entry
/// is written after its action committed elsewhere, so a failed write is logged (with the entry) rather than failing an
/// action that already happened, and a caller's cancellation does not stop it.
/// </summary>
internal sealed class AuditLog(IDbContextFactory<SettingsDbContext> dbs, IClock clock, ILogger<AuditLog> logger) : IAuditLog
{
    public async Task WriteAsync(string actorId, string action, string subject, string details)
    {
        var entry = new AuditEntry
        {
            Id = Guid.NewGuid(), At = clock.UtcNow, ActorId = actorId, Action = action, Subject = subject,
            Details = details.Length > AuditEntry.MaxDetailsLength ? details[..AuditEntry.MaxDetailsLength] : details,
        };
        try
        {
            await using var db = await dbs.CreateDbContextAsync();
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync();
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or System.Data.Common.DbException)
        {
            logger.LogError(ex, "Audit entry not stored: {Action} by {ActorId} on {Subject}: {Details}", action, actorId, subject, entry.Details);
        }
    }

    public async Task<IReadOnlyList<AuditEntryView>> ListAsync(int take, DateTime? before = null, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var entries = db.AuditEntries.AsNoTracking();
        if (before is { } b)
        {
            entries = entries.Where(e => e.At < b);
        }

        return await entries.OrderByDescending(e => e.At).Take(Math.Clamp(take, 1, 500))
            .Select(e => new AuditEntryView(e.Id, e.At, e.ActorId, e.Action, e.Subject, e.Details)).ToListAsync(ct);
    }
}
