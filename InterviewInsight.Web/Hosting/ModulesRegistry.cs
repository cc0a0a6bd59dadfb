using InterviewInsight.Modules.Admin;
using InterviewInsight.Modules.Analysis;
using InterviewInsight.Modules.Auth;
using InterviewInsight.Modules.Coaching;
using InterviewInsight.Modules.Engines.Hosting;
using InterviewInsight.Modules.Live;
using InterviewInsight.Modules.Progress;
using InterviewInsight.Modules.Reports;
using InterviewInsight.Modules.Shared;
using InterviewInsight.Modules.Shared.Data;

namespace InterviewInsight.Web.Hosting;

/// <summary>Every module, registered and mapped explicitly, one line each, in dependency order.</summary>
internal static class ModulesRegistry
{
    public static IServiceCollection AddModules(this IServiceCollection services, IConfiguration config, ProcessRole role) =>
        services
            .AddSharedModule(config, role.RunsJobs)
            .AddEngines()
            .AddAuthModule(config)
            .AddLiveModule(config, role.RunsJobs)
            .AddAnalysisModule(config, role.RunsJobs)
            .AddReportsModule(config)
            .AddProgressModule(config)
            .AddCoachingModule(config)
            .AddAdminModule();

    public static IEndpointRouteBuilder MapModules(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapAuthModule();
        endpoints.MapLiveModule();
        endpoints.MapAnalysisModule();
        endpoints.MapReportsModule();
        endpoints.MapProgressModule();
        endpoints.MapCoachingModule();
        endpoints.MapAdminModule();
        return endpoints;
    }

    /// <summary>Applies every module's migrations (both providers have their own set), then module start-up work.</summary>
    public static async Task InitializeModulesAsync(this IServiceProvider services, ILogger logger)
    {
        foreach (var database in services.GetServices<IModuleDatabase>())
        {
            logger.LogInformation("Applying migrations for {Module}", database.Module);
            await database.MigrateAsync(CancellationToken.None);
        }

        await AuthModule.InitializeAuthModuleAsync(services);
        await AnalysisModule.InitializeAnalysisModuleAsync(services);
    }
}
