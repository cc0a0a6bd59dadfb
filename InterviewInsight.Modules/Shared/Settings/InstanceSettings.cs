using InterviewInsight.Modules.Shared.Settings.Data;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;
using InterviewInsight.Modules.Shared.Configuration;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Shared.Settings;

internal sealed class InstanceSettings(IDbContextFactory<SettingsDbContext> dbs, IOptions<AnalysisOptions> analysis, IClock clock) : IInstanceSettings
{
    public async Task<string?> GetAsync(string key, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var stored = await db.Settings.AsNoTracking().SingleOrDefaultAsync(s => s.Key == key, ct);
        return stored?.Value ?? Default(key);
    }

    public async Task<bool> GetBoolAsync(string key, CancellationToken ct = default) =>
        bool.TryParse(await GetAsync(key, ct), out var value) && value;

    /// <summary>The configured default of a setting nobody has changed at run time.</summary>
    private string? Default(string key) => key switch
    {
        InstanceSettingKeys.ExpressionsEnabled => analysis.Value.Expressions.Enabled ? "true" : "false",
        InstanceSettingKeys.RegistrationMode => RegistrationModes.Open,
        _ => null,
    };

    public async Task SetAsync(string key, string value, string changedBy, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var stored = await db.Settings.SingleOrDefaultAsync(s => s.Key == key, ct);
        if (stored is null)
        {
            stored = new InstanceSetting { Key = key };
            db.Settings.Add(stored);
        }

        stored.Value = value;
        stored.ChangedBy = changedBy;
        stored.ChangedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
    }
}
