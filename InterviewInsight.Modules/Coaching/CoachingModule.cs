using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Coaching.Data;
using InterviewInsight.Modules.Shared.Data;
using InterviewInsight.Modules.Shared.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Modules.Coaching;

public static class CoachingModule
{
    public static IServiceCollection AddCoachingModule(this IServiceCollection services, IConfiguration config) =>
        services
            .AddModuleDbContext<CoachingDbContext, SqliteCoachingDbContext, PostgresCoachingDbContext>(config, CoachingDbContext.Module)
            .AddOutboxFor<CoachingDbContext>(CoachingDbContext.Module)
            .AddSingleton<Contracts.ICoachingApi, Sharing.CoachingApi>()
            .AddEventHandler<UserDeleted, DeleteDataOnUserDeleted>()
            .AddEventHandler<SessionDeleted, DeleteSharesOnSessionDeleted>();

    private sealed class DeleteSharesOnSessionDeleted(IDbContextFactory<CoachingDbContext> dbs) : IEventHandler<SessionDeleted>
    {
        public async Task HandleAsync(SessionDeleted integrationEvent, CancellationToken ct)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await db.Shares.Where(x => x.SessionId == integrationEvent.SessionId && x.OwnerId == integrationEvent.OwnerId).ExecuteDeleteAsync(ct);
        }
    }

    private sealed class DeleteDataOnUserDeleted(IDbContextFactory<CoachingDbContext> dbs) : IEventHandler<UserDeleted>
    {
        public async Task HandleAsync(UserDeleted integrationEvent, CancellationToken ct)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await db.Shares.Where(x => x.OwnerId == integrationEvent.UserId || x.CoachId == integrationEvent.UserId).ExecuteDeleteAsync(ct);
        }
    }
}
