using System.Text.Json;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Shared.Outbox;

/// <summary>
/// Delivers one outbox message to every handler of its type. A handler that completed is recorded on the message,
/// so a retry (after a failure or a crash) runs only the handlers that have not seen it yet.
/// </summary>
internal sealed class OutboxDeliveryJob(IEnumerable<IOutboxStore> stores, IServiceProvider services, ILogger<OutboxDeliveryJob> logger)
{
    [Queue(Jobs.JobQueues.Default)]
    [AutomaticRetry(Attempts = 5)]
    public async Task DeliverAsync(string module, Guid messageId, CancellationToken ct)
    {
        var store = stores.Single(s => s.Module == module);
        var message = await store.FindAsync(messageId, ct);
        if (message is null || message.ProcessedAt is not null)
        {
            return;
        }

        var eventType = EventTypeRegistry.Find(message.Type)
            ?? throw new InvalidOperationException($"Unknown event type '{message.Type}' in the {module} outbox.");
        var integrationEvent = JsonSerializer.Deserialize(message.Payload, eventType)!;
        var handlerType = typeof(IEventHandler<>).MakeGenericType(eventType);
        var completed = message.CompletedHandlers.Split(';', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

        await using var scope = services.CreateAsyncScope();
        foreach (var handler in scope.ServiceProvider.GetServices(handlerType).OfType<object>())
        {
            var handlerName = handler.GetType().FullName!;
            if (completed.Contains(handlerName))
            {
                continue;
            }

            try
            {
                var task = (Task)handlerType.GetMethod("HandleAsync")!.Invoke(handler, [integrationEvent, ct])!;
                await task;
                await store.MarkHandlerCompletedAsync(messageId, handlerName, ct);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Handler {Handler} failed on {EventType} {MessageId}", handlerName, message.Type, messageId);
                await store.RecordFailureAsync(messageId, $"{handlerName}: {ex.Message}", ct);
                throw;
            }
        }

        await store.MarkProcessedAsync(messageId, ct);
        logger.LogInformation("Delivered {EventType} {MessageId} from the {Module} outbox", message.Type, messageId, module);
    }
}
