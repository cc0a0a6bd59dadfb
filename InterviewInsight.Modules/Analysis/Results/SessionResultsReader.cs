using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Analysis.Data;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Media;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Analysis.Results;

/// <summary>Reads a session's latest run for its owner; every query filters by owner, so another user's session reads as absent.</summary>
internal sealed class SessionResultsReader(IDbContextFactory<AnalysisDbContext> dbs, ILiveApi live)
{
    public async Task<SessionResults?> GetLatestAsync(string ownerId, Guid sessionId, CancellationToken ct = default)
    {
        if (await live.GetSessionAsync(ownerId, sessionId, ct) is null)
        {
            return null; // deleted (its runs are purged in the background) or not the owner's
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var run = await db.Runs.AsNoTracking()
            .Where(r => r.SessionId == sessionId && r.OwnerId == ownerId)
            .OrderByDescending(r => r.Version)
            .FirstOrDefaultAsync(ct);
        if (run is null)
        {
            return null;
        }

        var result = run is { Status: AnalysisRunStatus.Succeeded, ResultJson: { } json } ? AnalysisJson.Deserialize(json) : null;
        MediaKey? media = MediaKey.TryParse(run.MediaPath, out var key) ? key : null;
        return new SessionResults(run.ToProgress(), result, media, run.MediaContentType);
    }
}
