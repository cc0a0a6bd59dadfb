using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Shared.PersonalData;

namespace InterviewInsight.Modules.Auth.Services;

/// <summary>The export's account: e-mail, role, when it was made and its preferences (never the password hash or security stamp).</summary>
internal sealed class AccountPersonalData(IAuthApi auth) : IPersonalDataSource
{
    public async Task WriteAsync(string ownerId, PersonalDataArchive archive, CancellationToken ct)
    {
        if (await auth.FindUserAsync(ownerId, ct) is { } user)
        {
            var preferences = await auth.GetPreferencesAsync(ownerId, ct);
            await archive.AddJsonAsync("account.json", new
            {
                user.Email, user.Role, user.CreatedAt, preferences.TimeZone, preferences.AccommodationByDefault, ExportedBy = "InterviewInsight",
            }, ct);
        }
    }
}
