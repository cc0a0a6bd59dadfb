using Hangfire;
using InterviewInsight.Modules.Auth.Contracts;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Admin.Jobs;

/// <summary>Hangfire's own dashboard at /admin/jobs; the host sets up storage and servers (HangfireSetup).</summary>
internal static class JobsDashboard
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboardWithAuthorizationPolicy(Policies.Admin, AdminRoutes.Jobs, new DashboardOptions
        {
            DashboardTitle = "InterviewInsight jobs",
            // The dashboard's "back to site" link.
            AppPath = AdminRoutes.Home,
        });
}
