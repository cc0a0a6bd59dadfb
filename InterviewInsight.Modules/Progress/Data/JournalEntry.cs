using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewInsight.Modules.Progress.Data;

/// <summary>
/// The reflection written after one session (what went well, what to change, how it felt) and the coaching response
/// written from the session's measured results. One per session; saving again replaces it.
/// </summary>
internal sealed class JournalEntry
{
    public const int MaxTextLength = 5000;

    public Guid Id { get; set; }

    public string OwnerId { get; set; } = "";

    public Guid SessionId { get; set; }

    public string WentWell { get; set; } = "";

    public string ToChange { get; set; } = "";

    public string HowItFelt { get; set; } = "";

    public string CoachingResponse { get; set; } = "";

    /// <summary>
    /// "measured-results" when the templates drew on the analysis, "reflection-only" while it was not ready yet,
    /// "ai:&lt;model&gt;" when the configured chat model wrote it (cut to the column's 32 characters).
    /// </summary>
    /// <summary>Room for "ai:" and a model's name.</summary>
    public const int CoachingSourceMaxLength = 128;

    public string CoachingSource { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }
}

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> b)
    {
        b.ToTable("JournalEntries");
        b.HasKey(e => e.Id);
        b.Property(e => e.OwnerId).HasMaxLength(64);
        b.Property(e => e.WentWell).HasMaxLength(JournalEntry.MaxTextLength);
        b.Property(e => e.ToChange).HasMaxLength(JournalEntry.MaxTextLength);
        b.Property(e => e.HowItFelt).HasMaxLength(JournalEntry.MaxTextLength);
        b.Property(e => e.CoachingResponse).HasMaxLength(20000);
        b.Property(e => e.CoachingSource).HasMaxLength(JournalEntry.CoachingSourceMaxLength);
        b.HasIndex(e => new { e.OwnerId, e.SessionId }).IsUnique();
        b.HasIndex(e => new { e.OwnerId, e.CreatedAt });
    }
}
