namespace InterviewInsight.Modules.Shared.Outbox;

/// <summary>Marker for events that cross module boundaries through the outbox.</summary>
public interface IIntegrationEvent;
