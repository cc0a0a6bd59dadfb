using System.Net.Mail;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Coaching.Data;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Access;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;
using InterviewInsight.Modules.Shared.Audit;

namespace InterviewInsight.Modules.Coaching.Sharing;

/// <summary>What sharing did: the share and, for an address without an account, its invitation token (shown once).</summary>
internal sealed record ShareOutcome(Guid? Id, string? InvitationToken, string? Error, bool NotFound)
{
    public static ShareOutcome Missing { get; } = new(null, null, null, true);

    public static ShareOutcome Invalid(string error) => new(null, null, error, false);
}

/// <summary>
/// The owner's shares: one session, or (no session id) every session they make from now on, with an account by e-mail
/// or with an address that gets an invitation. Every call checks the session is the owner's.
/// </summary>
internal sealed class ShareBook(IDbContextFactory<CoachingDbContext> dbs, ILiveApi live, IAuthApi auth, IAuditLog audit, IClock clock)
{
    public const int MaxEmailLength = 256;

    public async Task<ShareOutcome> ShareAsync(string ownerId, Guid? sessionId, string? email, CancellationToken ct)
    {
        if (sessionId is { } id && await live.GetSessionAsync(ownerId, id, ct) is null)
        {
            return ShareOutcome.Missing;
        }

        var address = email?.Trim().ToLowerInvariant() ?? "";
        if (address.Length is 0 or > MaxEmailLength || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address)
        {
            return ShareOutcome.Invalid("Enter one e-mail address, such as coach@example.org.");
        }

        var account = await auth.FindUserByEmailAsync(address, ct);
        if (account?.Id == ownerId)
        {
            return ShareOutcome.Invalid("That is your own address: share with someone else.");
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var grant = await db.Shares.FirstOrDefaultAsync(
            g => g.OwnerId == ownerId && g.SessionId == sessionId && g.GranteeEmail == address && g.RevokedAt == null, ct);
        if (grant is null)
        {
            grant = new ShareGrant { Id = Guid.NewGuid(), OwnerId = ownerId, SessionId = sessionId, GranteeEmail = address, CreatedAt = clock.UtcNow };
            db.Shares.Add(grant);
        }

        string? token = null;
        if (account is not null)
        {
            grant.GranteeId = account.Id;
            grant.InvitationHash = null;
        }
        else if (grant.GranteeId is null)
        {
            // Only the hash is kept, so sharing again with a pending address issues a new link (the old one stops working).
            token = SecretToken.New();
            grant.InvitationHash = SecretToken.Hash(token);
        }

        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(ownerId, AuditActions.ShareCreated, grant.Id.ToString(),
            $"Shared {Scope(sessionId)} with {address}{(account is null ? " (an invitation: no account yet)" : "")}.");
        return new ShareOutcome(grant.Id, token, null, false);
    }

    /// <summary>The shares of one session (or the "all future sessions" ones when null), newest first; null when the session is not the owner's.</summary>
    public async Task<IReadOnlyList<ShareView>?> ListAsync(string ownerId, Guid? sessionId, CancellationToken ct)
    {
        if (sessionId is { } id && await live.GetSessionAsync(ownerId, id, ct) is null)
        {
            return null;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var grants = await db.Shares.AsNoTracking().Where(g => g.OwnerId == ownerId && g.SessionId == sessionId).ToListAsync(ct);
        return [.. grants.OrderByDescending(g => g.CreatedAt).Select(g =>
            new ShareView(g.Id, g.GranteeEmail, g.GranteeId is null, g.SessionId, g.CreatedAt, g.RevokedAt, g.IsActive))];
    }

    /// <summary>Revokes at once (the next request of the sharee is refused); false when it is not the owner's share of that scope.</summary>
    public async Task<bool> RevokeAsync(string ownerId, Guid? sessionId, Guid shareId, CancellationToken ct)
    {
        if (sessionId is { } id && await live.GetSessionAsync(ownerId, id, ct) is null)
        {
            return false;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var grant = await db.Shares.SingleOrDefaultAsync(g => g.Id == shareId && g.OwnerId == ownerId && g.SessionId == sessionId, ct);
        if (grant is null)
        {
            return false;
        }

        grant.RevokedAt ??= clock.UtcNow;
        grant.InvitationHash = null;
        await db.SaveChangesAsync(ct);
        await audit.WriteAsync(ownerId, AuditActions.ShareRevoked, grant.Id.ToString(), $"Revoked the share of {Scope(sessionId)} with {grant.GranteeEmail}.");
        return true;
    }

    private static string Scope(Guid? sessionId) => sessionId is { } id ? $"session {id}" : "all future sessions";

    /// <summary>What an invitation token opens; null for an unknown, used or revoked one.</summary>
    public async Task<InvitationView?> FindInvitationAsync(string? token, CancellationToken ct)
    {
        if (await FindPendingAsync(token, ct) is not { } grant)
        {
            return null;
        }

        var owner = await auth.FindUserAsync(grant.OwnerId, ct);
        var account = await auth.FindUserByEmailAsync(grant.GranteeEmail, ct);
        return new InvitationView(grant.GranteeEmail, owner?.Email ?? "a candidate", account is not null);
    }

    /// <summary>
    /// Gives <paramref name="userId"/> the pending shares of the invitation's owner for its address; false when the token is
    /// unknown, used or revoked. Only that owner's: without SMTP the owner is handed the link and could open it themselves,
    /// so a link must never carry another candidate's shares.
    /// </summary>
    public async Task<bool> AcceptAsync(string? token, string userId, CancellationToken ct)
    {
        if (await FindPendingAsync(token, ct) is not { } invitation)
        {
            return false;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var pending = await db.Shares
            .Where(g => g.OwnerId == invitation.OwnerId && g.GranteeEmail == invitation.GranteeEmail && g.GranteeId == null && g.RevokedAt == null)
            .ToListAsync(ct);
        foreach (var grant in pending)
        {
            grant.GranteeId = userId;
            grant.InvitationHash = null;
        }

        await db.SaveChangesAsync(ct);
        return true;
    }

    private async Task<ShareGrant?> FindPendingAsync(string? token, CancellationToken ct)
    {
        if (!SecretToken.LooksValid(token))
        {
            return null;
        }

        var hash = SecretToken.Hash(token!);
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Shares.AsNoTracking().SingleOrDefaultAsync(g => g.InvitationHash == hash && g.GranteeId == null && g.RevokedAt == null, ct);
    }
}
