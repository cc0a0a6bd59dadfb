using System.Data;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Auth.Data;
using InterviewInsight.Modules.Shared.Outbox;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using InterviewInsight.Modules.Shared.Audit;

namespace InterviewInsight.Modules.Auth.Services;

/// <summary>
/// Deletes an account. The UserDeleted event is saved in the same transaction as the deletion, so every module
/// removes the user's data (recordings included) even if the process dies right after. The last Admin cannot leave.
/// </summary>
internal sealed class AccountDeleter(UserManager<AppUser> users, AuthDbContext db, IAuditLog audit, IClock clock, ILogger<AccountDeleter> logger)
{
    public async Task<IdentityResult> DeleteAsync(AppUser user)
    {
        // UserManager saves through the same scoped AuthDbContext, so the check, the outbox row and the deletion commit together.
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable);
        if (await LastAdminRule.IsLastAdminAsync(users, user))
        {
            return IdentityResult.Failed(new IdentityError { Code = "LastAdmin", Description = LastAdminRule.CannotDelete });
        }

        db.AddEvent(new UserDeleted(user.Id, clock.UtcNow), clock.UtcNow);
        var result = await users.DeleteAsync(user);
        if (result.Succeeded)
        {
            await transaction.CommitAsync();
            logger.LogInformation("Account {UserId} deleted; data deletion queued", user.Id);
            await audit.WriteAsync(user.Id, AuditActions.AccountDeleted, user.Id, $"The account {user.Email} was deleted by its owner, with all its data.");
        }

        return result;
    }
}
