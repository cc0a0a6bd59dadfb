using InterviewInsight.Modules.Live.Sessions;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Live.Retention;

/// <summary>The daily retention job: deletes sessions older than <c>Retention:Days</c> the one way sessions are deleted.</summary>
internal sealed class DeleteExpiredSessionsJob(
    SessionDeleter deleter, IOptions<RetentionOptions> options, IClock clock, ILogger<DeleteExpiredSessionsJob> logger)
{
    public async Task RunAsync(CancellationToken ct)
    {
        var days = options.Value.Days;
        if (days == 0)
        {
            return;
        }

        var cutOff = clock.UtcNow.AddDays(-days);
        var deleted = await deleter.DeleteWhereAsync(s => s.CreatedAt < cutOff, ct);
        logger.LogInformation("Retention deleted {Count} sessions created before {CutOff:u} ({Days} days)", deleted, cutOff, days);
    }
}
