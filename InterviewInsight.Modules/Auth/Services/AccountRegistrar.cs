using System.Data;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Auth.Data;
using InterviewInsight.Modules.Shared.Settings;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Auth.Services;

/// <summary>
/// Creates accounts. The first account of an instance that was never bootstrapped becomes Admin and marks the instance
/// bootstrapped; every later account is a Candidate, even when no Admin is left (recovery is the `admin promote` command).
/// Later accounts follow the admins' registration mode (<see cref="RegistrationModes"/>).
/// </summary>
internal sealed class AccountRegistrar(UserManager<AppUser> users, AuthDbContext db, IInstanceSettings settings, IClock clock, ILogger<AccountRegistrar> logger)
{
    /// <summary>
    /// Creates the account with <paramref name="role"/>, except the instance's first account, which becomes Admin;
    /// <paramref name="invited"/> is true when a share's invitation is being accepted.
    /// </summary>
    public async Task<IdentityResult> RegisterAsync(string email, string password, string role = Roles.Candidate, bool invited = false)
    {
        if (await RefusalAsync(invited) is { } refusal)
        {
            return IdentityResult.Failed(new IdentityError { Code = "RegistrationClosed", Description = refusal });
        }

        var user = new AppUser { UserName = email.Trim(), Email = email.Trim(), CreatedAt = clock.UtcNow };

        // UserManager saves through this same scoped context. One serializable transaction (a write lock from the start
        // on SQLite) makes "is this the first account?" and the bootstrap row one step, so two first sign-ups at once
        // cannot both become Admin, in one process or several.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created;
        }

        var first = !await db.Bootstrap.AnyAsync();
        if (first)
        {
            db.Bootstrap.Add(new InstanceBootstrap { BootstrappedAt = clock.UtcNow, FirstAdminId = user.Id });
        }

        var added = await users.AddToRoleAsync(user, first ? Roles.Admin : role);
        if (!added.Succeeded)
        {
            return added;
        }

        await transaction.CommitAsync();
        if (first)
        {
            logger.LogInformation("Account {UserId} is the first of this instance and became Admin", user.Id);
        }

        return added;
    }

    /// <summary>Why the registration mode refuses a new account now; null when it may be made (always for the very first).</summary>
    public async Task<string?> RefusalAsync(bool invited)
    {
        if (!await db.Bootstrap.AnyAsync())
        {
            return null;
        }

        return await settings.GetAsync(InstanceSettingKeys.RegistrationMode) switch
        {
            RegistrationModes.Closed => invited
                ? "This instance takes no new accounts at the moment, so the invitation cannot be accepted. Ask an administrator."
                : "This instance takes no new accounts at the moment. Ask an administrator for one.",
            RegistrationModes.InviteOnly when !invited => "This instance takes new accounts by invitation only: ask a candidate or an administrator to invite you.",
            _ => null,
        };
    }
}
