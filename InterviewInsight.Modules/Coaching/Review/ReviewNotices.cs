using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Coaching.Contracts;
using InterviewInsight.Modules.Coaching.Data;
using InterviewInsight.Modules.Shared.Access;
using InterviewInsight.Modules.Shared.Routing;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Coaching.Review;

/// <summary>
/// In-app notices, read from the review tables on each call (nothing is copied): a candidate hears of comments and
/// overrides on their sessions, anyone of replies to their comments, and a sharee of new shares. A reply on a session the
/// reader can no longer see is left out.
/// </summary>
internal sealed class ReviewNotices(IDbContextFactory<CoachingDbContext> dbs, ISessionAccess access, IAuthApi auth, IClock clock)
{
    public const int MaxItems = 30;

    public async Task<NoticeList> ListAsync(string userId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var seenAt = (await db.NoticeCursors.AsNoTracking().SingleOrDefaultAsync(n => n.UserId == userId, ct))?.SeenAt ?? DateTime.MinValue;
        var notices = new List<(string Kind, string Text, string Url, DateTime At)>();

        var onMine = await db.Comments.AsNoTracking().Where(c => c.OwnerId == userId && c.AuthorId != userId)
            .OrderByDescending(c => c.CreatedAt).Take(MaxItems).ToListAsync(ct);
        notices.AddRange(onMine.Select(c => ("comment", $"{c.AuthorName} commented on your session: “{Short(c.Text)}”", SessionRoutes.ResultsFor(c.SessionId), c.CreatedAt)));

        var myComments = db.Comments.Where(c => c.AuthorId == userId).Select(c => c.Id);
        var replies = await db.Comments.AsNoTracking()
            .Where(c => c.ReplyToId != null && myComments.Contains(c.ReplyToId.Value) && c.AuthorId != userId && c.OwnerId != userId)
            .OrderByDescending(c => c.CreatedAt).Take(MaxItems).ToListAsync(ct);
        foreach (var reply in replies)
        {
            if ((await access.GetAsync(userId, reply.SessionId, ct)).CanRead)
            {
                notices.Add(("reply", $"{reply.AuthorName} replied to your comment: “{Short(reply.Text)}”", SessionRoutes.ResultsFor(reply.SessionId), reply.CreatedAt));
            }
        }

        var overrides = await db.Overrides.AsNoTracking().Where(o => o.OwnerId == userId)
            .OrderByDescending(o => o.CreatedAt).Take(MaxItems).ToListAsync(ct);
        foreach (var o in overrides)
        {
            var coach = (await auth.FindUserAsync(o.CoachId, ct))?.Email ?? "A reviewer";
            notices.Add(("override", $"{coach} gave their view of {o.TargetId}: {Short(o.Text ?? $"{o.Value:0}/100")}", SessionRoutes.ResultsFor(o.SessionId), o.CreatedAt));
        }

        var shares = await db.Shares.AsNoTracking().Where(g => g.GranteeId == userId && g.RevokedAt == null)
            .OrderByDescending(g => g.CreatedAt).Take(MaxItems).ToListAsync(ct);
        foreach (var g in shares)
        {
            var owner = (await auth.FindUserAsync(g.OwnerId, ct))?.Email ?? "A candidate";
            notices.Add(g.SessionId is { } sessionId
                ? ("share", $"{owner} shared a session with you", SessionRoutes.ResultsFor(sessionId), g.CreatedAt)
                : ("share", $"{owner} shares all their future sessions with you", "/coach", g.CreatedAt));
        }

        var items = notices.OrderByDescending(n => n.At).Take(MaxItems)
            .Select(n => new Notice(n.Kind, n.Text, n.Url, n.At, n.At > seenAt)).ToList();
        return new NoticeList(items.Count(n => n.IsNew), items);
    }

    /// <summary>Up to the newest notice the user was shown, so one that arrived while the list was open still counts as new.</summary>
    public async Task MarkSeenAsync(string userId, DateTime? upTo, CancellationToken ct)
    {
        var seenAt = upTo ?? clock.UtcNow;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var cursor = await db.NoticeCursors.SingleOrDefaultAsync(n => n.UserId == userId, ct);
        if (cursor is null)
        {
            db.NoticeCursors.Add(new NoticeCursor { UserId = userId, SeenAt = seenAt });
        }
        else if (cursor.SeenAt < seenAt)
        {
            cursor.SeenAt = seenAt;
        }

        await db.SaveChangesAsync(ct);
    }

    private static string Short(string text) => text.Length <= 80 ? text : text[..77] + "…";
}
