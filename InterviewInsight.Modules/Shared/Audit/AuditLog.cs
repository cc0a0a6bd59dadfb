using InterviewInsight.Modules.Shared.Settings.Data;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Shared.Audit;

/// <summary>The audit log in the Settings database, beside the instance settings it also records changes of.</summary>
internal sealed class AuditLog(IDbContextFactory<SettingsDbContext> dbs, IClock clock) : IAuditLog
{
    public async Task WriteAsync(string actorId, string action, string subject, string details, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.AuditEntries.Add(new AuditEntry
        {
            Id = Guid.NewGuid(), At = clock.UtcNow, ActorId = actorId, Action = action, Subject = subject,
            Details = details.Length > AuditEntry.MaxDetailsLength ? details[..AuditEntry.MaxDetailsLength] : details,
        });
        await db.SaveChangesAsync(ct);
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
