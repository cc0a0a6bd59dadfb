using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Shared.Outbox;

public static class OutboxDbContextExtensions
{
    /// <summary>Adds the event to the context's outbox; it is saved (or not) with the caller's SaveChanges.</summary>
    public static void AddEvent<TEvent>(this DbContext db, TEvent integrationEvent, DateTime utcNow)
        where TEvent : IIntegrationEvent
    {
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            Id = Guid.NewGuid(),
            Type = EventTypeRegistry.NameOf(typeof(TEvent)),
            Payload = JsonSerializer.Serialize(integrationEvent),
            OccurredAt = utcNow,
        });
    }
}
