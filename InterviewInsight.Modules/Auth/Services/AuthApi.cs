using System.Data;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Auth.Data;
using InterviewInsight.Modules.Auth.Preferences;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Auth.Services;

internal sealed class AuthApi(
    IServiceScopeFactory scopes, IDbContextFactory<AuthDbContext> dbs, AccountPreferencesStore preferences, ILogger<AuthApi> logger) : IAuthApi
{
    public async Task<IReadOnlyList<UserSummary>> ListUsersAsync(CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().OrderBy(u => u.CreatedAt).ToListAsync(ct);
        var roles = await RolesByUser(db, ct);
        return [.. users.Select(u => ToSummary(u, roles))];
    }

    public async Task<UserSummary?> FindUserAsync(string userId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct);
        return user is null ? null : ToSummary(user, await RolesByUser(db, ct));
    }

    public async Task<UserSummary?> FindUserByEmailAsync(string email, CancellationToken ct = default)
    {
        var normalized = email.Trim().ToUpperInvariant();
        await using var db = await dbs.CreateDbContextAsync(ct);
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedEmail == normalized, ct);
        return user is null ? null : ToSummary(user, await RolesByUser(db, ct));
    }

    public async Task<AuthResult<string>> RegisterInvitedAsync(string email, string password, string role, CancellationToken ct = default)
    {
        if (!Roles.All.Contains(role))
        {
            return new(null, $"Unknown role '{role}'.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var registered = await scope.ServiceProvider.GetRequiredService<AccountRegistrar>().RegisterAsync(email, password, role, invited: true);
        if (!registered.Succeeded)
        {
            return new(null, string.Join(" ", registered.Errors.Select(e => e.Description)));
        }

        return await FindUserByEmailAsync(email, ct) is { } user ? new(user.Id, null) : new(null, "The account was not found after it was created.");
    }

    public async Task<AuthResult> SetRoleAsync(string userId, string role, CancellationToken ct = default)
    {
        if (!Roles.All.Contains(role))
        {
            return AuthResult.Fail($"Unknown role '{role}'.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();

        // The check and the change in one transaction on the context UserManager saves through (see LastAdminRule).
        await using var transaction = await scope.ServiceProvider.GetRequiredService<AuthDbContext>().Database
            .BeginTransactionAsync(IsolationLevel.Serializable, ct);
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AuthResult.Fail("No such user.");
        }

        if (role != Roles.Admin && await LastAdminRule.IsLastAdminAsync(users, user))
        {
            return AuthResult.Fail(LastAdminRule.CannotDemote);
        }

        var removed = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, role) : removed;
        if (!added.Succeeded)
        {
            return AuthResult.Fail(Describe(added));
        }

        // A new security stamp signs the user out elsewhere, so the new role takes effect at once.
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Role of user {UserId} set to {Role}", userId, role);
        return AuthResult.Ok;
    }

    public async Task<AuthResult> AdminResetPasswordAsync(string userId, string newPassword, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return AuthResult.Fail("No such user.");
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (!result.Succeeded)
        {
            return AuthResult.Fail(Describe(result));
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("An admin reset the password of user {UserId}", userId);
        return AuthResult.Ok;
    }

    public Task<AccountPreferences> GetPreferencesAsync(string userId, CancellationToken ct = default) => preferences.GetAsync(userId, ct);

    private static async Task<Dictionary<string, string>> RolesByUser(AuthDbContext db, CancellationToken ct) =>
        await (from ur in db.UserRoles
               join r in db.Roles on ur.RoleId equals r.Id
               select new { ur.UserId, r.Name })
            .ToDictionaryAsync(x => x.UserId, x => x.Name ?? "", ct);

    private static UserSummary ToSummary(AppUser user, Dictionary<string, string> roles) =>
        new(user.Id, user.Email ?? "", roles.GetValueOrDefault(user.Id, ""), user.CreatedAt,
            user.LockoutEnd is { } end && end > DateTimeOffset.UtcNow);

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));
}
