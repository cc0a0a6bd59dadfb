using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Reports.Data;
using InterviewInsight.Modules.Reports.Links;
using InterviewInsight.Modules.Shared.Data;
using InterviewInsight.Modules.Shared.Outbox;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Modules.Reports;

public static class ReportsModule
{
    public static IServiceCollection AddReportsModule(this IServiceCollection services, IConfiguration config) =>
        services
            .AddModuleDbContext<ReportsDbContext, SqliteReportsDbContext, PostgresReportsDbContext>(config, ReportsDbContext.Module)
            .AddOutboxFor<ReportsDbContext>(ReportsDbContext.Module)
            .AddSingleton<ReportReader>()
            .AddSingleton<ReportLinks>()
            .AddEventHandler<UserDeleted, DeleteDataOnUserDeleted>()
            .AddEventHandler<SessionDeleted, DeleteLinksOnSessionDeleted>();

    public static IEndpointRouteBuilder MapReportsModule(this IEndpointRouteBuilder endpoints)
    {
        ReportEndpoints.Map(endpoints);
        return endpoints;
    }

    private sealed class DeleteLinksOnSessionDeleted(IDbContextFactory<ReportsDbContext> dbs) : IEventHandler<SessionDeleted>
    {
        public async Task HandleAsync(SessionDeleted integrationEvent, CancellationToken ct)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await db.Links.Where(x => x.SessionId == integrationEvent.SessionId && x.OwnerId == integrationEvent.OwnerId).ExecuteDeleteAsync(ct);
        }
    }

    private sealed class DeleteDataOnUserDeleted(IDbContextFactory<ReportsDbContext> dbs) : IEventHandler<UserDeleted>
    {
        public async Task HandleAsync(UserDeleted integrationEvent, CancellationToken ct)
        {
            await using var db = await dbs.CreateDbContextAsync(ct);
            await db.Links.Where(x => x.OwnerId == integrationEvent.UserId).ExecuteDeleteAsync(ct);
        }
    }
}
