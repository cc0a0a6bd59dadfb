namespace InterviewInsight.Modules.Shared.Settings;

/// <summary>
/// Instance-wide switches an admin can change at run time (expression analysis, who may register).
/// A stored value wins over the configured default (<see cref="Configuration.AnalysisOptions"/>).
/// </summary>
public interface IInstanceSettings
{
    Task<string?> GetAsync(string key, CancellationToken ct = default);

    Task<bool> GetBoolAsync(string key, CancellationToken ct = default);

    Task SetAsync(string key, string value, string changedBy, CancellationToken ct = default);
}

/// <summary>Well-known setting keys, named after the configuration keys that supply their defaults.</summary>
public static class InstanceSettingKeys
{
    public const string ExpressionsEnabled = "Analysis:Expressions:Enabled";

    /// <summary>One of <see cref="RegistrationModes"/>; open unless an admin changed it.</summary>
    public const string RegistrationMode = "Auth:RegistrationMode";
}

/// <summary>
/// Who may create an account: anyone (open), only someone invited by a share (invite-only), or nobody (closed; invitations
/// are not honoured either). The instance's very first account, its admin, may always register.
/// </summary>
public static class RegistrationModes
{
    public const string Open = "open";
    public const string InviteOnly = "invite-only";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> All = [Open, InviteOnly, Closed];
}
