using InterviewInsight.Modules.Shared.Outbox;

namespace InterviewInsight.Modules.Live.Contracts;

/// <summary>
/// A session was deleted (by its owner, with the account, or by retention). It already reads as absent everywhere; each module
/// removes its own rows and files for it.
/// </summary>
public sealed record SessionDeleted(Guid SessionId, string OwnerId, DateTime DeletedAt) : IIntegrationEvent;
