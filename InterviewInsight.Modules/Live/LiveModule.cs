using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Live.Recording;
using InterviewInsight.Modules.Live.Sessions;
using InterviewInsight.Modules.Live.Upload;
using InterviewInsight.Modules.Shared.Data;
using InterviewInsight.Modules.Shared.Outbox;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Modules.Live;

public static class LiveModule
{
    public static IServiceCollection AddLiveModule(this IServiceCollection services, IConfiguration config) =>
        services
            .AddModuleDbContext<LiveDbContext, SqliteLiveDbContext, PostgresLiveDbContext>(config, LiveDbContext.Module)
            .AddOutboxFor<LiveDbContext>(LiveDbContext.Module)
            .AddSingleton<ILiveApi, LiveApi>()
            .AddSingleton<RecordingUploadReceiver>()
            .AddSingleton<ChunkReceiver>()
            .AddEventHandler<UserDeleted, DeleteSessionsOnUserDeleted>();

    public static IEndpointRouteBuilder MapLiveModule(this IEndpointRouteBuilder endpoints)
    {
        SessionEndpoints.Map(endpoints);
        UploadEndpoints.Map(endpoints);
        ChunkEndpoints.Map(endpoints);
        return endpoints;
    }
}
