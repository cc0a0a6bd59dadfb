using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Live.Sessions;

/// <summary>An account's deletion removes its practice sessions. Idempotent: a second run finds nothing.</summary>
internal sealed class DeleteSessionsOnUserDeleted(IDbContextFactory<LiveDbContext> dbs) : IEventHandler<UserDeleted>
{
    public async Task HandleAsync(UserDeleted integrationEvent, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.Sessions.Where(s => s.OwnerId == integrationEvent.UserId).ExecuteDeleteAsync(ct);
    }
}
