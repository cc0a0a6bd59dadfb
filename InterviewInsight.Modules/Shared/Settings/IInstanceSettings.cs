namespace InterviewInsight.Modules.Shared.Settings;

/// <summary>
/// Instance-wide switches an admin can change at run time (expression analysis).
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
}
