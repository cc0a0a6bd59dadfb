namespace InterviewInsight.Modules.Shared.Outbox;

/// <summary>
/// An integration event saved in the same transaction as the change that raised it.
/// CompletedHandlers lets a retried delivery skip handlers that already ran, so each handler sees the event once.
/// </summary>
public sealed class OutboxMessage
{
    public Guid Id { get; set; }

    public string Type { get; set; } = "";

    public string Payload { get; set; } = "";

    public DateTime OccurredAt { get; set; }

    public DateTime? LockedUntil { get; set; }

    public DateTime? ProcessedAt { get; set; }

    public string CompletedHandlers { get; set; } = "";

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
