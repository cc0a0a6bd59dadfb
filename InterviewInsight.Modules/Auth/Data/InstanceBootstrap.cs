namespace InterviewInsight.Modules.Auth.Data;

/// <summary>
/// The one row that says this instance has been bootstrapped: its first account became Admin. Its fixed key makes
/// the claim atomic (a second insert fails), and once it exists no account is ever promoted automatically again.
/// </summary>
internal sealed class InstanceBootstrap
{
    public const int TheOnlyId = 1;

    public int Id { get; set; } = TheOnlyId;

    public DateTime BootstrappedAt { get; set; }

    /// <summary>The account that became the first Admin; null when the flag was set for an instance that had accounts already.</summary>
    public string? FirstAdminId { get; set; }
}
