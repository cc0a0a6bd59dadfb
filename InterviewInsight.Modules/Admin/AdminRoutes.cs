namespace InterviewInsight.Modules.Admin;

/// <summary>The admin area's pages, all under /admin and all behind the <c>Admin</c> policy.</summary>
public static class AdminRoutes
{
    public const string Home = "/admin";

    public const string Users = "/admin/users";

    public const string Status = "/admin/status";

    public const string Settings = "/admin/settings";

    public const string Audit = "/admin/audit";

    /// <summary>The Hangfire dashboard: not a Blazor page, mapped by <see cref="AdminModule.MapAdminModule"/>.</summary>
    public const string Jobs = "/admin/jobs";
}
