using Hangfire;
using Hangfire.PostgreSql;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Shared.Data;
using InterviewInsight.Modules.Shared.Jobs;

namespace InterviewInsight.Web.Hosting;

/// <summary>Hangfire storage follows the database provider: PostgreSQL for Postgres, in-memory for SQLite.</summary>
internal static class HangfireSetup
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration config, ProcessRole role)
    {
        services.AddHangfire((sp, c) =>
        {
            // Read when the storage is built, so hosts and tests can still change the configuration.
            var connectionString = DatabaseSettings.HangfireConnectionString(sp.GetRequiredService<IConfiguration>());
            c.SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (string.IsNullOrEmpty(connectionString))
            {
                c.UseInMemoryStorage();
            }
            else
            {
                c.UsePostgreSqlStorage(o => o.UseNpgsqlConnection(connectionString));
            }
        });

        if (role.RunsJobs)
        {
            // One server per queue group, so heavy analysis can never occupy the workers interactive turns need.
            services.AddHangfireServer(o =>
            {
                o.ServerName = $"{Environment.MachineName}:interactive";
                o.Queues = [JobQueues.Interactive];
                o.WorkerCount = config.GetValue("Jobs:InteractiveWorkers", 2);
                o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                o.StopTimeout = TimeSpan.FromSeconds(5);
            });
            services.AddHangfireServer(o =>
            {
                o.ServerName = $"{Environment.MachineName}:work";
                o.Queues = [JobQueues.Analysis, JobQueues.Default];
                o.WorkerCount = config.GetValue("Jobs:AnalysisWorkers", 1) + config.GetValue("Jobs:DefaultWorkers", 2);
                o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                o.StopTimeout = TimeSpan.FromSeconds(5);
            });
        }

        return services;
    }

    public static void MapJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboardWithAuthorizationPolicy(Policies.Admin, "/admin/jobs", new DashboardOptions
        {
            DashboardTitle = "InterviewInsight jobs",
            AppPath = "/admin",
        });
}
