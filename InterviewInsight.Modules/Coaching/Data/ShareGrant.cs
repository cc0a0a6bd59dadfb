using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewInsight.Modules.Coaching.Data;

/// <summary>
/// A candidate's explicit, revocable permission for one person to read one session, or (no <see cref="SessionId"/>)
/// every session the candidate makes from <see cref="CreatedAt"/> on. Shared by e-mail: <see cref="GranteeId"/> is the
/// account it names, or null while it waits for an invitation (<see cref="InvitationHash"/>) to be accepted.
/// </summary>
internal sealed class ShareGrant
{
    public Guid Id { get; set; }

    public string OwnerId { get; set; } = "";

    /// <summary>The one session shared; null shares every session made after the grant.</summary>
    public Guid? SessionId { get; set; }

    public string? GranteeId { get; set; }

    /// <summary>The address it was shared with, lower-case, as the owner typed it.</summary>
    public string GranteeEmail { get; set; } = "";

    /// <summary>SHA-256 of the invitation token while the address has no account; cleared once accepted.</summary>
    public string? InvitationHash { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public bool IsActive => RevokedAt is null;
}

internal sealed class ShareGrantConfiguration : IEntityTypeConfiguration<ShareGrant>
{
    public void Configure(EntityTypeBuilder<ShareGrant> b)
    {
        b.ToTable("ShareGrants");
        b.HasKey(g => g.Id);
        b.Property(g => g.OwnerId).HasMaxLength(64);
        b.Property(g => g.GranteeId).HasMaxLength(64);
        b.Property(g => g.GranteeEmail).HasMaxLength(256);
        b.Property(g => g.InvitationHash).HasMaxLength(64);
        b.Ignore(g => g.IsActive);
        b.HasIndex(g => new { g.GranteeId, g.SessionId });
        b.HasIndex(g => new { g.OwnerId, g.SessionId });
        b.HasIndex(g => g.InvitationHash);
    }
}
