using Hangfire;
using InterviewInsight.Modules.Shared.Jobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Live.Retention;

/// <summary>Adds the daily retention job when <c>Retention:Days</c> is set, and removes it when it is not.</summary>
internal sealed class ScheduleRetention(IRecurringJobManager jobs, IOptions<RetentionOptions> options) : IHostedService
{
    public const string JobId = "retention";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Days > 0)
        {
            jobs.AddOrUpdate<DeleteExpiredSessionsJob>(JobId, JobQueues.Default, j => j.RunAsync(CancellationToken.None), Cron.Daily());
        }
        else
        {
            jobs.RemoveIfExists(JobId);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
