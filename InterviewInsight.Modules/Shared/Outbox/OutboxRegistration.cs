using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Modules.Shared.Outbox;

public static class OutboxRegistration
{
    /// <summary>Makes a module's outbox table visible to the dispatcher.</summary>
    public static IServiceCollection AddOutboxFor<TContext>(this IServiceCollection services, string module)
        where TContext : DbContext =>
        services.AddSingleton<IOutboxStore>(sp => new OutboxStore<TContext>(
            module, sp.GetRequiredService<IDbContextFactory<TContext>>(), sp.GetRequiredService<IClock>()));

    public static IServiceCollection AddEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IEventHandler<TEvent>
    {
        EventTypeRegistry.NameOf(typeof(TEvent));
        return services.AddScoped<IEventHandler<TEvent>, THandler>();
    }
}
