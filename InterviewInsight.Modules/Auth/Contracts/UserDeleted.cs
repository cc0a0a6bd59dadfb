using InterviewInsight.Modules.Shared.Outbox;

namespace InterviewInsight.Modules.Auth.Contracts;

/// <summary>Raised when an account is deleted: every module deletes the user's data (files included).</summary>
public sealed record UserDeleted(string UserId, DateTime DeletedAt) : IIntegrationEvent;
