using Hangfire;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Analysis.Data;
using InterviewInsight.Modules.Shared.Progress;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Analysis.Runs;

/// <summary>Creates run versions and hands them to the <c>analysis</c> queue. The run table, not the job store, is the truth.</summary>
internal sealed class AnalysisRunStarter(IDbContextFactory<AnalysisDbContext> dbs, IBackgroundJobClient jobs, IProgressBus bus, IClock clock)
{
    /// <summary>
    /// The session's unfinished run if there is one (so a redelivered event or a double click starts nothing twice),
    /// otherwise a new Pending version, enqueued at once.
    /// </summary>
    public async Task<AnalysisProgress> StartAsync(Guid sessionId, string ownerId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var runs = await db.Runs.Where(r => r.SessionId == sessionId).ToListAsync(ct);
        var unfinished = runs.FirstOrDefault(r => r.Status is AnalysisRunStatus.Pending or AnalysisRunStatus.Running);
        if (unfinished is not null)
        {
            return unfinished.ToProgress();
        }

        var run = new AnalysisRun
        {
            Id = Guid.NewGuid(),
            SessionId = sessionId,
            OwnerId = ownerId,
            Version = runs.Count == 0 ? 1 : runs.Max(r => r.Version) + 1,
            Status = AnalysisRunStatus.Pending,
            Stage = "Waiting for a worker",
            CreatedAt = clock.UtcNow,
        };
        db.Runs.Add(run);
        await db.SaveChangesAsync(ct);
        Enqueue(run.Id);
        await bus.PublishAsync(AnalysisProgress.TopicFor(sessionId), run.ToProgress());
        return run.ToProgress();
    }

    public void Enqueue(Guid runId) => jobs.Enqueue<AnalysisRunJob>(j => j.RunAsync(runId, CancellationToken.None));

    public void EnqueueLater(Guid runId, TimeSpan delay) => jobs.Schedule<AnalysisRunJob>(j => j.RunAsync(runId, CancellationToken.None), delay);
}
