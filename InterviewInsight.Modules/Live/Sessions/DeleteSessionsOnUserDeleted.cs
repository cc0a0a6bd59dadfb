using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Live.Sessions;

/// <summary>
/// An account's deletion removes its practice sessions and their media files. Idempotent: files go first, so a crash
/// between the two leaves rows whose files are already gone, and the retry finishes the job.
/// </summary>
internal sealed class DeleteSessionsOnUserDeleted(IDbContextFactory<LiveDbContext> dbs, IMediaStore media) : IEventHandler<UserDeleted>
{
    public async Task HandleAsync(UserDeleted integrationEvent, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var sessionIds = await db.Sessions.Where(s => s.OwnerId == integrationEvent.UserId).Select(s => s.Id).ToListAsync(ct);
        foreach (var id in sessionIds)
        {
            media.DeleteSession(id);
        }

        await db.Sessions.Where(s => s.OwnerId == integrationEvent.UserId).ExecuteDeleteAsync(ct);
    }
}
