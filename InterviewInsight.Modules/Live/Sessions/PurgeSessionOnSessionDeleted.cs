using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Live.Sessions;

/// <summary>
/// Removes a deleted session's media files, then its rows (segments, chunks and answers cascade). Idempotent: files go first,
/// so a crash between the two leaves a marked row whose files are gone, and the retry finishes the job.
/// </summary>
internal sealed class PurgeSessionOnSessionDeleted(IDbContextFactory<LiveDbContext> dbs, IMediaStore media) : IEventHandler<SessionDeleted>
{
    public async Task HandleAsync(SessionDeleted integrationEvent, CancellationToken ct)
    {
        media.DeleteSession(integrationEvent.SessionId);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await db.Sessions.IgnoreQueryFilters().Where(s => s.Id == integrationEvent.SessionId && s.DeletedAt != null).ExecuteDeleteAsync(ct);
    }
}
