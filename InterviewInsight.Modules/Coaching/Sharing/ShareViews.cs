namespace InterviewInsight.Modules.Coaching.Sharing;

/// <summary>The body of POST shares: who to share with.</summary>
public sealed record ShareRequest(string? Email);

/// <summary>
/// A new share (201). <see cref="InvitationUrl"/> is set only when the address has no account and the invitation could
/// not be e-mailed: the owner passes the link on themselves.
/// </summary>
public sealed record CreatedShare(Guid Id, string? InvitationUrl);

/// <summary>A share as its owner sees it: never the invitation token. <see cref="SessionId"/> is null for "all future sessions".</summary>
public sealed record ShareView(Guid Id, string Email, bool Pending, Guid? SessionId, DateTime CreatedAt, DateTime? RevokedAt, bool Active);

/// <summary>What an invitation link opens: whose invitation, for which address.</summary>
internal sealed record InvitationView(string Email, string InvitedBy, bool HasAccount);
