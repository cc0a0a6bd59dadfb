using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Auth.Data;
using Microsoft.AspNetCore.Identity;

namespace InterviewInsight.Modules.Auth.Services;

/// <summary>Creates accounts. The first account on an empty instance becomes Admin; every later one is a Candidate.</summary>
internal sealed class AccountRegistrar(UserManager<AppUser> users, Shared.Time.IClock clock)
{
    private static readonly SemaphoreSlim FirstAdminGate = new(1, 1);

    public async Task<IdentityResult> RegisterAsync(string email, string password)
    {
        var user = new AppUser { UserName = email.Trim(), Email = email.Trim(), CreatedAt = clock.UtcNow };

        // Serialised so two simultaneous first sign-ups cannot both become Admin.
        await FirstAdminGate.WaitAsync();
        try
        {
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return created;
            }

            var role = (await users.GetUsersInRoleAsync(Roles.Admin)).Count == 0 ? Roles.Admin : Roles.Candidate;
            return await users.AddToRoleAsync(user, role);
        }
        finally
        {
            FirstAdminGate.Release();
        }
    }
}
