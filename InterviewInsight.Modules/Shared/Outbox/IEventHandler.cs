namespace InterviewInsight.Modules.Shared.Outbox;

/// <summary>Handles one integration event. Runs in a Hangfire job, possibly in another process.</summary>
public interface IEventHandler<in TEvent> where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken ct);
}
