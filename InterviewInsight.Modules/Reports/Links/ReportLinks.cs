using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Reports.Data;
using InterviewInsight.Modules.Shared.Access;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Reports.Links;

/// <summary>A link as its owner sees it: never the token, which exists only in the URL handed out once.</summary>
public sealed record ReportLinkView(Guid Id, DateTime CreatedAt, DateTime ExpiresAt, DateTime? RevokedAt, bool IncludeVideo, bool Active);

/// <summary>A new link: the only time its URL (with the token) is given out.</summary>
public sealed record CreatedReportLink(Guid Id, string Url, DateTime ExpiresAt);

/// <summary>What an anonymous visitor's token opens: one owner's session, and whether its recording is shared too.</summary>
internal sealed record SharedReport(string OwnerId, Guid SessionId, bool IncludeVideo, DateTime ExpiresAt);

/// <summary>Creates, lists, revokes and resolves read-only report links; the owner's calls check the session is theirs.</summary>
internal sealed class ReportLinks(IDbContextFactory<ReportsDbContext> dbs, ILiveApi live, IClock clock)
{
    public const int DefaultDays = 14;
    public const int MaxDays = 365;

    /// <summary>Makes a link and returns its token; null when the session is not the owner's.</summary>
    public async Task<(ReportLinkView Link, string Token)?> CreateAsync(string ownerId, Guid sessionId, bool includeVideo, int days, CancellationToken ct)
    {
        if (await live.GetSessionAsync(ownerId, sessionId, ct) is null)
        {
            return null;
        }

        var token = SecretToken.New();
        var now = clock.UtcNow;
        var link = new ReportLink
        {
            Id = Guid.NewGuid(), SessionId = sessionId, OwnerId = ownerId, TokenHash = SecretToken.Hash(token),
            CreatedAt = now, ExpiresAt = now.AddDays(days), IncludeVideo = includeVideo,
        };
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.Links.Add(link);
        await db.SaveChangesAsync(ct);
        return (View(link, now), token);
    }

    /// <summary>The session's links, newest first; null when the session is not the owner's.</summary>
    public async Task<IReadOnlyList<ReportLinkView>?> ListAsync(string ownerId, Guid sessionId, CancellationToken ct)
    {
        if (await live.GetSessionAsync(ownerId, sessionId, ct) is null)
        {
            return null;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var links = await db.Links.AsNoTracking().Where(l => l.OwnerId == ownerId && l.SessionId == sessionId).ToListAsync(ct);
        var now = clock.UtcNow;
        return [.. links.OrderByDescending(l => l.CreatedAt).Select(l => View(l, now))];
    }

    /// <summary>Revokes the link at once (a second revoke keeps the first time); false when it is not the owner's link of that session.</summary>
    public async Task<bool> RevokeAsync(string ownerId, Guid sessionId, Guid linkId, CancellationToken ct)
    {
        if (await live.GetSessionAsync(ownerId, sessionId, ct) is null)
        {
            return false; // deleted: its links are purged with it
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var link = await db.Links.SingleOrDefaultAsync(l => l.Id == linkId && l.OwnerId == ownerId && l.SessionId == sessionId, ct);
        if (link is null)
        {
            return false;
        }

        link.RevokedAt ??= clock.UtcNow;
        await db.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>What a token opens; null for an unknown, expired or revoked token (all look the same to the visitor).</summary>
    public async Task<SharedReport?> ResolveAsync(string? token, CancellationToken ct)
    {
        if (!SecretToken.LooksValid(token))
        {
            return null;
        }

        var hash = SecretToken.Hash(token!);
        await using var db = await dbs.CreateDbContextAsync(ct);
        var link = await db.Links.AsNoTracking().SingleOrDefaultAsync(l => l.TokenHash == hash, ct);
        return link is not null && link.IsLive(clock.UtcNow) ? new SharedReport(link.OwnerId, link.SessionId, link.IncludeVideo, link.ExpiresAt) : null;
    }

    private static ReportLinkView View(ReportLink l, DateTime now) => new(l.Id, l.CreatedAt, l.ExpiresAt, l.RevokedAt, l.IncludeVideo, l.IsLive(now));
}
