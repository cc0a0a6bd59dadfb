using System.Collections.Concurrent;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Shared.Outbox;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Shared.Outbox;

public sealed record OutboxProbe(Guid ProbeId) : IIntegrationEvent;

/// <summary>Counts deliveries per probe id; static because each factory (process restart) has its own container.</summary>
internal sealed class CountingProbeHandler : IEventHandler<OutboxProbe>
{
    public static ConcurrentDictionary<Guid, int> Deliveries { get; } = new();

    public Task HandleAsync(OutboxProbe integrationEvent, CancellationToken ct)
    {
        Deliveries.AddOrUpdate(integrationEvent.ProbeId, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}

[Trait("Category", "Integration")]
public sealed class OutboxDeliveryTests
{
    private static void AddProbeHandler(IServiceCollection services) => services.AddEventHandler<OutboxProbe, CountingProbeHandler>();

    [Fact]
    public async Task Given_event_saved_by_a_process_that_stopped_When_app_restarts_twice_Then_handler_runs_exactly_once()
    {
        // Arrange: a web-only process (no job server, no dispatcher) saves the event with a change, then stops.
        var probe = Guid.NewGuid();
        string dataPath;
        using (var webOnly = new AppFactory(role: "web", configureServices: AddProbeHandler))
        {
            dataPath = webOnly.DataPath;
            var dbs = webOnly.Services.GetRequiredService<IDbContextFactory<LiveDbContext>>();
            await using var db = await dbs.CreateDbContextAsync();
            db.AddEvent(new OutboxProbe(probe), DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        CountingProbeHandler.Deliveries.ContainsKey(probe).ShouldBeFalse();

        // Act: a full process starts on the same data and delivers; then another restart.
        using (var restarted = new AppFactory(dataPath, configureServices: AddProbeHandler))
        {
            _ = restarted.Services;
            await WaitUntil(() => CountingProbeHandler.Deliveries.ContainsKey(probe));
            await WaitUntil(async () => await ProcessedAsync(restarted, probe));
        }

        using (var again = new AppFactory(dataPath, configureServices: AddProbeHandler))
        {
            _ = again.Services;
            await Task.Delay(1500); // several dispatcher ticks
        }

        // Assert
        CountingProbeHandler.Deliveries[probe].ShouldBe(1);
    }

    private static async Task<bool> ProcessedAsync(AppFactory app, Guid probe)
    {
        var dbs = app.Services.GetRequiredService<IDbContextFactory<LiveDbContext>>();
        await using var db = await dbs.CreateDbContextAsync();
        var messages = await db.Set<OutboxMessage>().AsNoTracking().ToListAsync();
        return messages.Any(m => m.Payload.Contains(probe.ToString(), StringComparison.Ordinal) && m.ProcessedAt != null);
    }

    private static Task WaitUntil(Func<bool> condition) => WaitUntil(() => Task.FromResult(condition()));

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("Condition not met within 20 s.");
            }

            await Task.Delay(100);
        }
    }
}
