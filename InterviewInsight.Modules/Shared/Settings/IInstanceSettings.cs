namespace InterviewInsight.Modules.Shared.Settings;

/// <summary>
/// Instance-wide switches an admin can change at run time (expression analysis, retention...).
/// A stored value wins over the configuration default of the same key.
/// </summary>
public interface IInstanceSettings
{
    Task<string?> GetAsync(string key, CancellationToken ct = default);

    Task<bool> GetBoolAsync(string key, CancellationToken ct = default);

    Task SetAsync(string key, string value, string changedBy, CancellationToken ct = default);
}

/// <summary>Well-known setting keys; each is also a configuration key that supplies its default.</summary>
public static class InstanceSettingKeys
{
    public const string ExpressionsEnabled = "Analysis:Expressions:Enabled";
    public const string RetentionDays = "Retention:Days";
}
