using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Auth.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Auth.Preferences;

/// <summary>Reads and saves an account's practice preferences (the account page and <c>/api/me/preferences</c>).</summary>
internal sealed class AccountPreferencesStore(IDbContextFactory<AuthDbContext> dbs)
{
    public async Task<AccountPreferences> GetAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.TimeZone, u.AccommodationByDefault }).SingleOrDefaultAsync(ct);
        return user is null ? AccountPreferences.Default : new AccountPreferences(user.TimeZone ?? "", user.AccommodationByDefault);
    }

    /// <summary>Saves both settings, or returns why the time zone is not accepted (nothing is saved then); null when no such account.</summary>
    public async Task<PreferencesSaved?> SaveAsync(string userId, string? timeZone, bool accommodationByDefault, CancellationToken ct)
    {
        var (zone, error) = AccountTimeZone.Normalise(timeZone);
        if (error is not null)
        {
            return new PreferencesSaved(null, error);
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct);
        if (user is null)
        {
            return null;
        }

        user.TimeZone = zone!.Length == 0 ? null : zone;
        user.AccommodationByDefault = accommodationByDefault;
        await db.SaveChangesAsync(ct);
        return new PreferencesSaved(new AccountPreferences(zone, accommodationByDefault), null);
    }
}

/// <summary>The saved preferences, or the reason they were refused.</summary>
internal sealed record PreferencesSaved(AccountPreferences? Preferences, string? Error);
