using InterviewInsight.Modules.Coaching.Review;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InterviewInsight.Modules.Coaching.Data;

/// <summary>
/// A remark on a session by its owner or a sharee, pinned to a moment on the session clock and/or to a stable result id
/// (a score, component, segment card, recommendation or answer), optionally replying to another comment.
/// </summary>
internal sealed class SessionComment
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    /// <summary>The session's owner, so an account's deletion finds every comment on its sessions.</summary>
    public string OwnerId { get; set; } = "";

    public string AuthorId { get; set; } = "";

    /// <summary>The author's e-mail when they wrote it (accounts have no display name).</summary>
    public string AuthorName { get; set; } = "";

    /// <summary>"owner" or "sharee".</summary>
    public string AuthorRole { get; set; } = "";

    public string? TargetId { get; set; }

    public double? AtSeconds { get; set; }

    public string Text { get; set; } = "";

    public Guid? ReplyToId { get; set; }

    public DateTime CreatedAt { get; set; }
}

internal sealed class SessionCommentConfiguration : IEntityTypeConfiguration<SessionComment>
{
    public void Configure(EntityTypeBuilder<SessionComment> b)
    {
        b.ToTable("Comments");
        b.HasKey(c => c.Id);
        b.Property(c => c.OwnerId).HasMaxLength(64);
        b.Property(c => c.AuthorId).HasMaxLength(64);
        b.Property(c => c.AuthorName).HasMaxLength(256);
        b.Property(c => c.AuthorRole).HasMaxLength(16);
        b.Property(c => c.TargetId).HasMaxLength(128);
        b.Property(c => c.Text).HasMaxLength(CommentRules.MaxTextLength);
        b.HasIndex(c => c.SessionId);
        b.HasIndex(c => c.OwnerId);
        b.HasIndex(c => c.AuthorId);
    }
}
