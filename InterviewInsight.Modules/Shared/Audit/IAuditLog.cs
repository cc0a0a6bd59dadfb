namespace InterviewInsight.Modules.Shared.Audit;

/// <summary>
/// Who did what to whom, for admins to read afterwards: role changes, admin password resets, shares, deletions and
/// instance settings. Each module writes the entries for its own actions; the log is append-only.
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// Records <paramref name="action"/> (one of <see cref="AuditActions"/>) by <paramref name="actorId"/> on <paramref name="subject"/>,
    /// after the action itself committed; never throws for a storage fault (it logs the entry instead) and is not cancellable.
    /// </summary>
    Task WriteAsync(string actorId, string action, string subject, string details);

    /// <summary>The newest entries first, at most <paramref name="take"/>, older than <paramref name="before"/> when given.</summary>
    Task<IReadOnlyList<AuditEntryView>> ListAsync(int take, DateTime? before = null, CancellationToken ct = default);
}

/// <summary>One entry as admins read it; <see cref="Details"/> is a sentence written when it happened (e-mails as they were then).</summary>
public sealed record AuditEntryView(Guid Id, DateTime At, string ActorId, string Action, string Subject, string Details);

/// <summary>The actions the log records.</summary>
public static class AuditActions
{
    public const string RoleChanged = "role.changed";
    public const string PasswordResetByAdmin = "password.reset-by-admin";
    public const string ShareCreated = "share.created";
    public const string ShareRevoked = "share.revoked";
    public const string AccountDeleted = "account.deleted";
    public const string SessionDeleted = "session.deleted";
    public const string SettingChanged = "setting.changed";
}
