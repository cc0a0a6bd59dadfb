using Hangfire;
using InterviewInsight.Modules.Shared.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Shared.Outbox;

/// <summary>
/// Polls every module's outbox and hands each pending message to Hangfire as a delivery job.
/// Messages are claimed with a lease, so several processes sharing one database never double-dispatch,
/// and a message whose job was lost (in-memory job store, crash) is dispatched again when its lease ends.
/// </summary>
internal sealed class OutboxDispatcher(
    IEnumerable<IOutboxStore> stores,
    IBackgroundJobClient jobs,
    IOptions<OutboxOptions> options,
    JobStoreDurability jobStore,
    ILogger<OutboxDispatcher> logger) : BackgroundService
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(options.Value.PollMilliseconds);
        if (!jobStore.SurvivesRestart)
        {
            // In-memory job store: jobs claimed by a previous run of this process are gone with it.
            foreach (var store in stores)
            {
                await store.ReleaseClaimsAsync(stoppingToken);
            }
        }

        using var timer = new PeriodicTimer(interval);
        do
        {
            await DispatchOnceAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    internal async Task DispatchOnceAsync(CancellationToken ct)
    {
        foreach (var store in stores)
        {
            try
            {
                foreach (var id in await store.ClaimPendingAsync(50, Lease, ct))
                {
                    var module = store.Module;
                    jobs.Enqueue<OutboxDeliveryJob>(j => j.DeliverAsync(module, id, CancellationToken.None));
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Outbox dispatch for {Module} failed; retrying on the next tick", store.Module);
            }
        }
    }
}
