namespace InterviewInsight.Modules.Shared.Audit;

/// <summary>A row of the audit log (the Settings database's <c>AuditEntries</c> table).</summary>
internal sealed class AuditEntry
{
    public const int MaxDetailsLength = 1000;

    public Guid Id { get; set; }

    public DateTime At { get; set; }

    public string ActorId { get; set; } = "";

    public string Action { get; set; } = "";

    public string Subject { get; set; } = "";

    public string Details { get; set; } = "";
}
