using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Shared.Outbox;

namespace InterviewInsight.Modules.Live.Sessions;

/// <summary>
/// An account's deletion deletes each of its sessions the one way sessions are deleted (<see cref="SessionDeleter"/>): marked and
/// evented in one transaction, so every module purges them through SessionDeleted. Idempotent: a retry finds them already marked.
/// </summary>
internal sealed class DeleteSessionsOnUserDeleted(SessionDeleter deleter) : IEventHandler<UserDeleted>
{
    public Task HandleAsync(UserDeleted integrationEvent, CancellationToken ct) =>
        deleter.DeleteWhereAsync(s => s.OwnerId == integrationEvent.UserId, ct);
}
