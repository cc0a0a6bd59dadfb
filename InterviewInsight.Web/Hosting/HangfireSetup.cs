using Hangfire;
using Hangfire.PostgreSql;
using InterviewInsight.Modules.Shared.Configuration;
using InterviewInsight.Modules.Shared.Data;
using InterviewInsight.Modules.Shared.Jobs;

namespace InterviewInsight.Web.Hosting;

/// <summary>
/// Hangfire storage follows the database provider: PostgreSQL for Postgres, in-memory for SQLite. The dashboard belongs to the
/// admin area (Admin's MapAdminModule).
/// </summary>
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
            var jobs = config.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new();
            // One server per queue, so heavy analysis never holds up outbox delivery, run starts or account deletion. The
            // interviewer's transcription runs in the process serving the interview, never as a job (Live's AnswerTranscriber).
            services.AddHangfireServer(o =>
            {
                o.ServerName = $"{Environment.MachineName}:analysis";
                o.Queues = [JobQueues.Analysis];
                o.WorkerCount = jobs.AnalysisWorkers;
                o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                o.StopTimeout = TimeSpan.FromSeconds(5);
            });
            services.AddHangfireServer(o =>
            {
                o.ServerName = $"{Environment.MachineName}:default";
                o.Queues = [JobQueues.Default];
                o.WorkerCount = jobs.DefaultWorkers;
                o.SchedulePollingInterval = TimeSpan.FromSeconds(1);
                o.StopTimeout = TimeSpan.FromSeconds(5);
            });
        }

        return services;
    }
}
