using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Outbox;

namespace InterviewInsight.Modules.Analysis.Runs;

/// <summary>A finished recording (upload stored, interview ended) gets analysed. Idempotent through the starter.</summary>
internal sealed class StartRunOnSessionEnded(AnalysisRunStarter starter) : IEventHandler<SessionEnded>
{
    public Task HandleAsync(SessionEnded integrationEvent, CancellationToken ct) =>
        starter.StartAsync(integrationEvent.SessionId, integrationEvent.OwnerId, ct);
}
