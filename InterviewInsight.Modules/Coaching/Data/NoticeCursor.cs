using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewInsight.Modules.Coaching.Data;

/// <summary>When a user last opened their notices: anything newer is shown as new.</summary>
internal sealed class NoticeCursor
{
    public string UserId { get; set; } = "";

    public DateTime SeenAt { get; set; }
}

internal sealed class NoticeCursorConfiguration : IEntityTypeConfiguration<NoticeCursor>
{
    public void Configure(EntityTypeBuilder<NoticeCursor> b)
    {
        b.ToTable("NoticeCursors");
        b.HasKey(n => n.UserId);
        b.Property(n => n.UserId).HasMaxLength(64);
    }
}
