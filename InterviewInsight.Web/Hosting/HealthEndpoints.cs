using System.Text.Json;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Shared.Data;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace InterviewInsight.Web.Hosting;

/// <summary>
/// /health: the process is alive. /health/ready: databases reachable, migrations applied, models found per engine. Anyone
/// sees each check's status; only admins see the descriptions and data (file paths, connection errors), and a change of the
/// overall status is logged with them, so an operator who cannot sign in still finds the reason.
/// </summary>
internal static class HealthEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static IServiceCollection AddReadinessChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<DatabasesReadyCheck>("databases", tags: ["ready"])
            .AddCheck<ModelsReadyCheck>("models", tags: ["ready"]);
        services.AddSingleton<ReadinessLog>();
        return services;
    }

    public static void MapHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync })
            .AllowAnonymous();
        endpoints.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = WriteAsync })
            .AllowAnonymous();
    }

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        context.RequestServices.GetRequiredService<ReadinessLog>().Record(report);
        object body = context.User.IsInRole(Roles.Admin)
            ? new
            {
                status = report.Status.ToString(),
                totalMilliseconds = report.TotalDuration.TotalMilliseconds,
                checks = report.Entries.ToDictionary(e => e.Key, e => (object)new
                {
                    status = e.Value.Status.ToString(),
                    description = e.Value.Description,
                    data = e.Value.Data,
                }),
            }
            : new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString() }),
            };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }

    /// <summary>Logs the readiness details when the overall status changes (not on every probe, which may come every few seconds).</summary>
    private sealed class ReadinessLog(ILogger<ReadinessLog> logger)
    {
        private int last = -1;

        public void Record(HealthReport report)
        {
            if (report.Entries.Count == 0 || Interlocked.Exchange(ref last, (int)report.Status) == (int)report.Status)
            {
                return;
            }

            foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
            {
                logger.LogWarning("Readiness check {Check} is {Status}: {Description} {Data}", name, entry.Status, entry.Description,
                    string.Join("; ", entry.Data.Select(d => $"{d.Key}: {d.Value}")));
            }

            logger.LogInformation("Readiness is {Status}", report.Status);
        }
    }

    private sealed class DatabasesReadyCheck(IEnumerable<IModuleDatabase> databases) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var results = new Dictionary<string, object>();
            var healthy = true;
            foreach (var database in databases)
            {
                var r = await database.CheckAsync(cancellationToken);
                healthy &= r.CanConnect && r.PendingMigrations.Count == 0;
                results[database.Module] = r.CanConnect
                    ? r.PendingMigrations.Count == 0 ? "ok" : $"pending migrations: {string.Join(", ", r.PendingMigrations)}"
                    : $"unreachable: {r.Error}";
            }

            return healthy
                ? HealthCheckResult.Healthy("All module databases reachable and migrated.", results)
                : HealthCheckResult.Unhealthy("A module database is unreachable or not migrated.", data: results);
        }
    }

    private sealed class ModelsReadyCheck(IAnalysisApi analysis) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            var status = await analysis.GetModelStatusAsync(cancellationToken);
            var data = status.Engines.ToDictionary(e => e.Engine, e => (object)(e.Available ? "available: " + e.Detail : "unavailable: " + e.Detail));

            // Missing optional engines (Whisper) degrade analysis; missing required models make it impossible.
            return status.AllRequiredPresent
                ? HealthCheckResult.Healthy($"Models under {status.ModelsPath}.", data)
                : HealthCheckResult.Degraded($"Required models missing under {status.ModelsPath}; run scripts/install-models.sh.", data: data);
        }
    }
}
