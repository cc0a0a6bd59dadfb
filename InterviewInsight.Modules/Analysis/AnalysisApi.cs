using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Analysis.Data;
using InterviewInsight.Modules.Analysis.Results;
using InterviewInsight.Modules.Analysis.Runs;
using InterviewInsight.Modules.Engines.Models;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Live.Contracts;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Analysis;

internal sealed class AnalysisApi(
    ModelCatalog models, IDbContextFactory<AnalysisDbContext> dbs, AnalysisRunStarter starter, ILiveApi live, SessionResultsReader results) : IAnalysisApi
{
    public Task<ModelStatusReport> GetModelStatusAsync(CancellationToken ct = default) => models.GetStatusAsync();

    public async Task<AnalysisProgress?> GetLatestRunAsync(string ownerId, Guid sessionId, CancellationToken ct = default)
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
        return run?.ToProgress();
    }

    public async Task<AnalysisProgress> StartRunAsync(string ownerId, Guid sessionId, CancellationToken ct = default)
    {
        // Ownership comes from the session itself, so nobody can start (and so read) a run of someone else's recording.
        var session = await live.GetSessionAsync(ownerId, sessionId, ct)
            ?? throw new KeyNotFoundException("No such session.");
        return await starter.StartAsync(session.Id, ownerId, ct);
    }

    public async Task<AnalysisResult?> GetLatestResultAsync(string ownerId, Guid sessionId, CancellationToken ct = default)
    {
        if (await live.GetSessionAsync(ownerId, sessionId, ct) is null)
        {
            return null;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var run = await db.Runs.AsNoTracking()
            .Where(r => r.SessionId == sessionId && r.OwnerId == ownerId)
            .OrderByDescending(r => r.Version)
            .FirstOrDefaultAsync(ct);
        return run is { Status: AnalysisRunStatus.Succeeded, ResultJson: { } json } ? AnalysisJson.Deserialize(json) : null;
    }

    public async Task<SessionMedia?> GetLatestMediaAsync(string ownerId, Guid sessionId, CancellationToken ct = default) =>
        await results.GetLatestAsync(ownerId, sessionId, ct) is { Result: not null, Media: { } key, MediaContentType: { } type }
            ? new SessionMedia(key, type)
            : null;

    public async Task<IReadOnlyList<SessionAnalysisResult>> ListSucceededAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var latestVersions = db.Runs.Where(r => r.OwnerId == ownerId)
            .GroupBy(r => r.SessionId)
            .Select(g => new { SessionId = g.Key, Version = g.Max(r => r.Version) });
        var runs = await db.Runs.AsNoTracking()
            .Where(r => r.OwnerId == ownerId && r.Status == AnalysisRunStatus.Succeeded && r.ResultJson != null)
            .Join(latestVersions, r => new { r.SessionId, r.Version }, l => new { l.SessionId, l.Version }, (r, _) => r)
            .ToListAsync(ct);
        var sessions = (await live.ListSessionsAsync(ownerId, ct)).Select(s => s.Id).ToHashSet();
        return [.. runs
            .Where(r => sessions.Contains(r.SessionId)) // a deleted session's runs wait for their purge
            .OrderBy(r => r.FinishedAt ?? r.CreatedAt)
            .Select(r => new SessionAnalysisResult(r.SessionId, r.FinishedAt ?? r.CreatedAt, AnalysisJson.Deserialize(r.ResultJson!)))];
    }
}
