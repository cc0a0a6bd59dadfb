using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Analysis.Data;
using InterviewInsight.Modules.Analysis.Media;
using InterviewInsight.Modules.Analysis.Results;
using InterviewInsight.Modules.Analysis.Runs;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Engines.Models;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Data;
using InterviewInsight.Modules.Shared.Outbox;
using InterviewInsight.Modules.Shared.PersonalData;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Modules.Analysis;

public static class AnalysisModule
{
    public static IServiceCollection AddAnalysisModule(this IServiceCollection services, IConfiguration config, bool runsJobs)
    {
        services
            .AddModuleDbContext<AnalysisDbContext, SqliteAnalysisDbContext, PostgresAnalysisDbContext>(config, AnalysisDbContext.Module)
            .AddOutboxFor<AnalysisDbContext>(AnalysisDbContext.Module)
            .AddSingleton<MediaNormalizer>()
            .AddSingleton<AnalysisRunStarter>()
            .AddTransient<AnalysisRunJob>()
            .AddTransient<AnswerVisionJob>()
            .AddSingleton<ObservedRangeStore>()
            .AddSingleton<SessionResultsReader>()
            .AddSingleton<IPersonalDataSource, ResultsPersonalData>()
            .AddSingleton<IAnalysisApi, AnalysisApi>()
            .AddEventHandler<SessionEnded, StartRunOnSessionEnded>()
            .AddEventHandler<AnswerEnded, AnalyseVideoOnAnswerEnded>()
            .AddEventHandler<UserDeleted, DeleteRunsOnUserDeleted>()
            .AddEventHandler<SessionDeleted, DeleteRunsOnSessionDeleted>();
        if (runsJobs)
        {
            services.AddHostedService<ResumeUnfinishedRuns>();
        }

        return services;
    }

    public static IEndpointRouteBuilder MapAnalysisModule(this IEndpointRouteBuilder endpoints)
    {
        ResultsEndpoints.Map(endpoints);
        return endpoints;
    }

    /// <summary>Starts the model check in the background so the status (and its log lines) is ready early.</summary>
    public static Task InitializeAnalysisModuleAsync(IServiceProvider services)
    {
        _ = services.GetRequiredService<ModelCatalog>().GetStatusAsync();
        return Task.CompletedTask;
    }

    private sealed class DeleteRunsOnSessionDeleted(IDbContextFactory<AnalysisDbContext> dbs) : IEventHandler<SessionDeleted>
    {
        public async Task HandleAsync(SessionDeleted integrationEvent, CancellationToken ct)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await db.Runs.Where(r => r.SessionId == integrationEvent.SessionId && r.OwnerId == integrationEvent.OwnerId).ExecuteDeleteAsync(ct);
        }
    }

    private sealed class DeleteRunsOnUserDeleted(IDbContextFactory<AnalysisDbContext> dbs) : IEventHandler<UserDeleted>
    {
        public async Task HandleAsync(UserDeleted integrationEvent, CancellationToken ct)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await db.Runs.Where(r => r.OwnerId == integrationEvent.UserId).ExecuteDeleteAsync(ct);
        }
    }
}
