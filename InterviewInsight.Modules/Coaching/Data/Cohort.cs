using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewInsight.Modules.Coaching.Data;

/// <summary>A coach's group of candidates; its page shows only what each candidate shared with that coach.</summary>
internal sealed class Cohort
{
    public Guid Id { get; set; }

    public string CoachId { get; set; } = "";

    public string Name { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public List<CohortMember> Members { get; set; } = [];
}

internal sealed class CohortMember
{
    public Guid CohortId { get; set; }

    public string CandidateId { get; set; } = "";

    public DateTime AddedAt { get; set; }
}

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public const int MaxNameLength = 80;

    public void Configure(EntityTypeBuilder<Cohort> b)
    {
        b.ToTable("Cohorts");
        b.HasKey(c => c.Id);
        b.Property(c => c.CoachId).HasMaxLength(64);
        b.Property(c => c.Name).HasMaxLength(MaxNameLength);
        b.HasIndex(c => c.CoachId);
        b.HasMany(c => c.Members).WithOne().HasForeignKey(m => m.CohortId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CohortMemberConfiguration : IEntityTypeConfiguration<CohortMember>
{
    public void Configure(EntityTypeBuilder<CohortMember> b)
    {
        b.ToTable("CohortMembers");
        b.HasKey(m => new { m.CohortId, m.CandidateId });
        b.Property(m => m.CandidateId).HasMaxLength(64);
        b.HasIndex(m => m.CandidateId);
    }
}
