using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Analysis.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Analysis.Runs;

/// <summary>
/// At start-up of a worker, hands every unfinished run back to the queue: the in-memory job store forgot them with the
/// previous process. A run another live process is still working on is left to it (the job's claim sees a fresh heartbeat).
/// </summary>
internal sealed class ResumeUnfinishedRuns(IDbContextFactory<AnalysisDbContext> dbs, AnalysisRunStarter starter, ILogger<ResumeUnfinishedRuns> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        var unfinished = await db.Runs.AsNoTracking()
            .Where(r => r.Status == AnalysisRunStatus.Pending || r.Status == AnalysisRunStatus.Running)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
        foreach (var id in unfinished)
        {
            starter.Enqueue(id);
        }

        if (unfinished.Count > 0)
        {
            logger.LogInformation("Resumed {Count} unfinished analysis runs", unfinished.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
