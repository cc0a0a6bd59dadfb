using InterviewInsight.Modules.Shared.Outbox;

namespace InterviewInsight.Modules.Live.Contracts;

/// <summary>A session's recording is complete (an upload was stored, or a live interview ended): analyse it.</summary>
public sealed record SessionEnded(Guid SessionId, string OwnerId) : IIntegrationEvent;
