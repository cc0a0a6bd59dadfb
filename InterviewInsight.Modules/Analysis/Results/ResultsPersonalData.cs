using InterviewInsight.Modules.Analysis.Data;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Analysis.Results;

/// <summary>The export's analysis results: every run with a result, one JSON file per version, as the API serves it.</summary>
internal sealed class ResultsPersonalData(IDbContextFactory<AnalysisDbContext> dbs, ILiveApi live) : IPersonalDataSource
{
    public async Task WriteAsync(string ownerId, PersonalDataArchive archive, CancellationToken ct)
    {
        var sessions = (await live.ListSessionsAsync(ownerId, ct)).Select(s => s.Id).ToHashSet();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var runs = await db.Runs.AsNoTracking()
            .Where(r => r.OwnerId == ownerId && r.ResultJson != null)
            .OrderBy(r => r.CreatedAt)
            .Select(r => new { r.SessionId, r.Version, r.ResultJson })
            .ToListAsync(ct);
        foreach (var run in runs.Where(r => sessions.Contains(r.SessionId)))
        {
            await archive.AddTextAsync($"sessions/{run.SessionId:N}/analysis-v{run.Version}.json", run.ResultJson!, ct);
        }
    }
}
