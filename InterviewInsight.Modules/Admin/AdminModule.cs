using InterviewInsight.Modules.Admin.Jobs;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Modules.Admin;

/// <summary>
/// The admin area: users and roles, system status, instance settings and the jobs dashboard. It owns no data (no DbContext):
/// its pages work through Auth's and Analysis's contracts and Shared's instance settings, and it never reads recordings.
/// </summary>
public static class AdminModule
{
    /// <summary>Nothing to register yet; kept so the host adds every module the same way, in dependency order.</summary>
    public static IServiceCollection AddAdminModule(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapAdminModule(this IEndpointRouteBuilder endpoints)
    {
        JobsDashboard.Map(endpoints);
        return endpoints;
    }
}
