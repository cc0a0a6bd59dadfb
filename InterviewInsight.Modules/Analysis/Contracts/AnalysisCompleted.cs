using InterviewInsight.Modules.Shared.Outbox;

namespace InterviewInsight.Modules.Analysis.Contracts;

/// <summary>A run finished (either way); Progress and Reports refresh what they derive from it.</summary>
public sealed record AnalysisCompleted(Guid SessionId, string OwnerId, Guid RunId, int Version, bool Succeeded) : IIntegrationEvent;
