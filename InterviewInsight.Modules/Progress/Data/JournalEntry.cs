using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewInsight.Modules.Progress.Data;

/// <summary>A reflection written after a session: what went well, what to change, how it felt.</summary>
internal sealed class JournalEntry
{
    public Guid Id { get; set; }

    public string OwnerId { get; set; } = "";

    public Guid? SessionId { get; set; }

    public string WentWell { get; set; } = "";

    public string ToChange { get; set; } = "";

    public string HowItFelt { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> b)
    {
        b.ToTable("JournalEntries");
        b.HasKey(e => e.Id);
        b.Property(e => e.OwnerId).HasMaxLength(64);
        b.Property(e => e.WentWell).HasMaxLength(5000);
        b.Property(e => e.ToChange).HasMaxLength(5000);
        b.Property(e => e.HowItFelt).HasMaxLength(5000);
        b.HasIndex(e => new { e.OwnerId, e.CreatedAt });
    }
}
