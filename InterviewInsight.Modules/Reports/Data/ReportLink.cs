using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewInsight.Modules.Reports.Data;

/// <summary>A read-only report link: a random, revocable, expiring token. Only its hash is stored.</summary>
internal sealed class ReportLink
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public string OwnerId { get; set; } = "";

    public string TokenHash { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>Whether the link also serves the recording; off unless the owner asks, since a face and voice are the most personal part.</summary>
    public bool IncludeVideo { get; set; }

    public bool IsLive(DateTime now) => RevokedAt is null && ExpiresAt > now;
}

internal sealed class ReportLinkConfiguration : IEntityTypeConfiguration<ReportLink>
{
    public void Configure(EntityTypeBuilder<ReportLink> b)
    {
        b.ToTable("ReportLinks");
        b.HasKey(l => l.Id);
        b.Property(l => l.OwnerId).HasMaxLength(64);
        b.Property(l => l.TokenHash).HasMaxLength(128);
        b.HasIndex(l => l.TokenHash).IsUnique();
        b.HasIndex(l => l.OwnerId);
    }
}
