using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Progress.Compare;
using InterviewInsight.Modules.Progress.Contracts;
using InterviewInsight.Modules.Progress.Data;
using InterviewInsight.Modules.Progress.Reflections;
using InterviewInsight.Modules.Progress.Trends;
using InterviewInsight.Modules.Shared.Ai;
using InterviewInsight.Modules.Shared.Data;
using InterviewInsight.Modules.Shared.Outbox;
using InterviewInsight.Modules.Shared.PersonalData;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Progress;

public static class ProgressModule
{
    public static IServiceCollection AddProgressModule(this IServiceCollection services, IConfiguration config) =>
        services
            .AddModuleDbContext<ProgressDbContext, SqliteProgressDbContext, PostgresProgressDbContext>(config, ProgressDbContext.Module)
            .AddOutboxFor<ProgressDbContext>(ProgressDbContext.Module)
            .AddEventHandler<UserDeleted, DeleteDataOnUserDeleted>()
            .AddEventHandler<SessionDeleted, DeleteReflectionOnSessionDeleted>()
            .AddSingleton<ProgressReader>()
            .AddSingleton<QuestionAttempts>()
            .AddSingleton<AttemptComparer>()
            .AddSingleton(sp => CoachingResponder.From(sp.GetRequiredService<IOptions<AiOptions>>().Value, sp.GetRequiredService<ILogger<CoachingResponder>>()))
            .AddSingleton<ReflectionJournal>()
            .AddSingleton<IPersonalDataSource, ReflectionsPersonalData>()
            .AddSingleton<IProgressApi, ProgressApi>();

    public static IEndpointRouteBuilder MapProgressModule(this IEndpointRouteBuilder endpoints)
    {
        ProgressEndpoints.Map(endpoints);
        ReflectionEndpoints.Map(endpoints);
        return endpoints;
    }

    private sealed class DeleteReflectionOnSessionDeleted(IDbContextFactory<ProgressDbContext> dbs) : IEventHandler<SessionDeleted>
    {
        public async Task HandleAsync(SessionDeleted integrationEvent, CancellationToken ct)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await db.Journal.Where(x => x.SessionId == integrationEvent.SessionId && x.OwnerId == integrationEvent.OwnerId).ExecuteDeleteAsync(ct);
        }
    }

    private sealed class DeleteDataOnUserDeleted(IDbContextFactory<ProgressDbContext> dbs) : IEventHandler<UserDeleted>
    {
        public async Task HandleAsync(UserDeleted integrationEvent, CancellationToken ct)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await db.Journal.Where(x => x.OwnerId == integrationEvent.UserId).ExecuteDeleteAsync(ct);
        }
    }
}
