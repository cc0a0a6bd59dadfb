namespace InterviewInsight.Modules.Shared.Outbox;

/// <summary>One module's outbox table, seen by the dispatcher and the delivery job.</summary>
internal interface IOutboxStore
{
    string Module { get; }

    /// <summary>Claims up to <paramref name="max"/> undelivered messages for <paramref name="lease"/>; returns their ids.</summary>
    Task<IReadOnlyList<Guid>> ClaimPendingAsync(int max, TimeSpan lease, CancellationToken ct);

    Task<OutboxMessage?> FindAsync(Guid id, CancellationToken ct);

    Task MarkHandlerCompletedAsync(Guid id, string handler, CancellationToken ct);

    Task MarkProcessedAsync(Guid id, CancellationToken ct);

    Task RecordFailureAsync(Guid id, string error, CancellationToken ct);

    /// <summary>Frees claims whose jobs died with an in-memory job store.</summary>
    Task ReleaseClaimsAsync(CancellationToken ct);
}
