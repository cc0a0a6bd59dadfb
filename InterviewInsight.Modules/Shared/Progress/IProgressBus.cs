namespace InterviewInsight.Modules.Shared.Progress;

/// <summary>
/// Pushes progress from jobs to whoever watches a topic (components through their circuit).
/// In-process by default; a PostgreSQL LISTEN/NOTIFY implementation can replace it when several processes share a database.
/// </summary>
public interface IProgressBus
{
    Task PublishAsync<T>(string topic, T message);

    IDisposable Subscribe<T>(string topic, Func<T, Task> onMessage);
}
