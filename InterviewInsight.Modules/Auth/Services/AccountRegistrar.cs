using System.Data;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Auth.Data;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Auth.Services;

/// <summary>
/// Creates accounts. The first account of an instance that was never bootstrapped becomes Admin and marks the instance
/// bootstrapped; every later account is a Candidate, even when no Admin is left (recovery is the `admin promote` command).
/// </summary>
internal sealed class AccountRegistrar(UserManager<AppUser> users, AuthDbContext db, IClock clock, ILogger<AccountRegistrar> logger)
{
    /// <summary>Creates the account with <paramref name="role"/>, except the instance's first account, which becomes Admin.</summary>
    public async Task<IdentityResult> RegisterAsync(string email, string password, string role = Roles.Candidate)
    {
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
}
