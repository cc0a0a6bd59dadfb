using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Shared.Progress;

internal sealed class InProcessProgressBus(ILogger<InProcessProgressBus> logger) : IProgressBus
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, List<Subscription>> subscriptions = new(StringComparer.Ordinal);

    public async Task PublishAsync<T>(string topic, T message)
    {
        Subscription[] targets;
        lock (gate)
        {
            targets = subscriptions.TryGetValue(topic, out var list) ? [.. list] : [];
        }

        // Callbacks run outside the lock; a broken subscriber (closed circuit) must never fail the publisher.
        foreach (var target in targets)
        {
            try
            {
                if (message is not null)
                {
                    await target.Invoke(message);
                }
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A progress subscriber on {Topic} failed", topic);
            }
        }
    }

    public IDisposable Subscribe<T>(string topic, Func<T, Task> onMessage)
    {
        var subscription = new Subscription(this, topic, m => m is T typed ? onMessage(typed) : Task.CompletedTask);
        lock (gate)
        {
            if (!subscriptions.TryGetValue(topic, out var list))
            {
                subscriptions[topic] = list = [];
            }

            list.Add(subscription);
        }

        return subscription;
    }

    private void Remove(Subscription subscription)
    {
        lock (gate)
        {
            if (subscriptions.TryGetValue(subscription.Topic, out var list) && list.Remove(subscription) && list.Count == 0)
            {
                subscriptions.Remove(subscription.Topic);
            }
        }
    }

    private sealed class Subscription(InProcessProgressBus bus, string topic, Func<object, Task> invoke) : IDisposable
    {
        public string Topic => topic;

        public Task Invoke(object message) => invoke(message);

        public void Dispose() => bus.Remove(this);
    }
}
