using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Auth.Data;
using Microsoft.AspNetCore.Identity;

namespace InterviewInsight.Modules.Auth.Services;

/// <summary>
/// An instance always keeps an Admin: the last one can neither delete their account nor lose the role. Asked inside the
/// serializable transaction that makes the change, so two admins cannot remove each other at the same moment.
/// </summary>
internal static class LastAdminRule
{
    public const string CannotDelete =
        "You are the only admin of this instance, so your account cannot be deleted. Make another account an admin at /admin/users first.";

    public const string CannotDemote = "This is the last admin; make someone else an admin first.";

    public static async Task<bool> IsLastAdminAsync(UserManager<AppUser> users, AppUser user) =>
        await users.IsInRoleAsync(user, Roles.Admin) && (await users.GetUsersInRoleAsync(Roles.Admin)).Count == 1;
}
