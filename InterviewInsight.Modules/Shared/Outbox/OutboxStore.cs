using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Shared.Outbox;

internal sealed class OutboxStore<TContext>(string module, IDbContextFactory<TContext> factory, IClock clock) : IOutboxStore
    where TContext : DbContext
{
    public string Module => module;

    public async Task<IReadOnlyList<Guid>> ClaimPendingAsync(int max, TimeSpan lease, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = clock.UtcNow;
        var candidates = await db.Set<OutboxMessage>()
            .Where(m => m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.OccurredAt)
            .Select(m => m.Id)
            .Take(max)
            .ToListAsync(ct);

        var claimed = new List<Guid>();
        foreach (var id in candidates)
        {
            // The conditional update is the claim: with several processes only one wins each message.
            var rows = await db.Set<OutboxMessage>()
                .Where(m => m.Id == id && m.ProcessedAt == null && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, now + lease), ct);
            if (rows == 1)
            {
                claimed.Add(id);
            }
        }

        return claimed;
    }

    public async Task<OutboxMessage?> FindAsync(Guid id, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.Set<OutboxMessage>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == id, ct);
    }

    public async Task MarkHandlerCompletedAsync(Guid id, string handler, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var message = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == id, ct);
        message.CompletedHandlers = string.IsNullOrEmpty(message.CompletedHandlers) ? handler : $"{message.CompletedHandlers};{handler}";
        await db.SaveChangesAsync(ct);
    }

    public Task MarkProcessedAsync(Guid id, CancellationToken ct) => Update(id, m => m.ProcessedAt = clock.UtcNow, ct);

    public Task RecordFailureAsync(Guid id, string error, CancellationToken ct) => Update(id, m =>
    {
        m.Attempts++;
        m.LastError = error.Length > 2000 ? error[..2000] : error;
    }, ct);

    public async Task ReleaseClaimsAsync(CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        await db.Set<OutboxMessage>()
            .Where(m => m.ProcessedAt == null && m.LockedUntil != null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, (DateTime?)null), ct);
    }

    private async Task Update(Guid id, Action<OutboxMessage> change, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var message = await db.Set<OutboxMessage>().SingleAsync(m => m.Id == id, ct);
        change(message);
        await db.SaveChangesAsync(ct);
    }
}
