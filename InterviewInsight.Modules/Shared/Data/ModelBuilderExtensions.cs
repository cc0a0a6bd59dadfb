using InterviewInsight.Modules.Shared.Outbox;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Shared.Data;

public static class ModelBuilderExtensions
{
    /// <summary>
    /// Common model set-up for a module: its own schema (ignored on SQLite) and its own outbox table,
    /// so events are saved in the same transaction as the module's change.
    /// </summary>
    public static ModelBuilder ConfigureModule(this ModelBuilder builder, string schema)
    {
        builder.HasDefaultSchema(schema);
        builder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("OutboxMessages");
            b.HasKey(m => m.Id);
            b.Property(m => m.Type).HasMaxLength(200);
            b.HasIndex(m => m.ProcessedAt);
        });
        return builder;
    }
}
