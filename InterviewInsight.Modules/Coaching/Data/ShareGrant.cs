using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewInsight.Modules.Coaching.Data;

/// <summary>A candidate's explicit, revocable permission for one coach to see one session.</summary>
internal sealed class ShareGrant
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public string OwnerId { get; set; } = "";

    public string CoachId { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}

internal sealed class ShareGrantConfiguration : IEntityTypeConfiguration<ShareGrant>
{
    public void Configure(EntityTypeBuilder<ShareGrant> b)
    {
        b.ToTable("ShareGrants");
        b.HasKey(g => g.Id);
        b.Property(g => g.OwnerId).HasMaxLength(64);
        b.Property(g => g.CoachId).HasMaxLength(64);
        b.HasIndex(g => new { g.CoachId, g.SessionId });
        b.HasIndex(g => g.OwnerId);
    }
}
