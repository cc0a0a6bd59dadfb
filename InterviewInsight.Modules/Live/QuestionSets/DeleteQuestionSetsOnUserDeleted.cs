using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Shared.Outbox;

namespace InterviewInsight.Modules.Live.QuestionSets;

/// <summary>A deleted account takes its sets, their assignments and what was assigned to it along (idempotent).</summary>
internal sealed class DeleteQuestionSetsOnUserDeleted(QuestionSetStore sets) : IEventHandler<UserDeleted>
{
    public Task HandleAsync(UserDeleted integrationEvent, CancellationToken ct) => sets.DeleteForUserAsync(integrationEvent.UserId, ct);
}
