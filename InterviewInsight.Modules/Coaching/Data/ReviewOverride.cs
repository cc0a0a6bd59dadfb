using InterviewInsight.Modules.Coaching.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewInsight.Modules.Coaching.Data;

/// <summary>
/// A sharee's own value or words for one item of one analysis run (a score, a recommendation, a segment card), with the
/// reason. It sits beside the machine's, which it never replaces: <see cref="MachineValue"/> keeps what the run said.
/// </summary>
internal sealed class ReviewOverride
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public string OwnerId { get; set; } = "";

    public string TargetId { get; set; } = "";

    /// <summary>The analysis run version the override was given against; a re-run shows it as given on an earlier run.</summary>
    public int RunVersion { get; set; }

    /// <summary>The machine's value or text for the target in that run, as text (a score's number, a card's words).</summary>
    public string MachineValue { get; set; } = "";

    /// <summary>The reviewer's score (0-100) for a score target.</summary>
    public double? Value { get; set; }

    /// <summary>The reviewer's words for a recommendation or segment card.</summary>
    public string? Text { get; set; }

    public string Reason { get; set; } = "";

    public string CoachId { get; set; } = "";

    public DateTime CreatedAt { get; set; }
}

internal sealed class ReviewOverrideConfiguration : IEntityTypeConfiguration<ReviewOverride>
{
    public void Configure(EntityTypeBuilder<ReviewOverride> b)
    {
        b.ToTable("Overrides");
        b.HasKey(o => o.Id);
        b.Property(o => o.OwnerId).HasMaxLength(64);
        b.Property(o => o.CoachId).HasMaxLength(64);
        b.Property(o => o.TargetId).HasMaxLength(128);
        b.Property(o => o.MachineValue).HasMaxLength(4000);
        b.Property(o => o.Text).HasMaxLength(CommentRules.MaxTextLength);
        b.Property(o => o.Reason).HasMaxLength(CommentRules.MaxTextLength);
        b.HasIndex(o => o.SessionId);
        b.HasIndex(o => o.OwnerId);
        b.HasIndex(o => o.CoachId);
    }
}
