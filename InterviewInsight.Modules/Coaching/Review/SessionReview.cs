using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Coaching.Contracts;
using InterviewInsight.Modules.Coaching.Data;
using InterviewInsight.Modules.Shared.Access;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Coaching.Review;

/// <summary>Comments and overrides on a session, for its owner and its sharees alike; everyone else finds nothing.</summary>
internal sealed class SessionReview(
    IDbContextFactory<CoachingDbContext> dbs, ISessionAccess access, IAnalysisApi analysis, IAuthApi auth, ReviewNotices notices, IClock clock) : ICoachingApi
{
    public async Task<IReadOnlyList<CommentView>?> ListCommentsAsync(string viewerId, Guid sessionId, CancellationToken ct = default)
    {
        if (!(await access.GetAsync(viewerId, sessionId, ct)).CanRead)
        {
            return null;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var comments = await db.Comments.AsNoTracking().Where(c => c.SessionId == sessionId).ToListAsync(ct);
        return [.. comments.OrderBy(c => c.CreatedAt).Select(c =>
            new CommentView(c.Id, c.AuthorId, c.AuthorName, c.AuthorRole, c.TargetId, c.AtSeconds, c.Text, c.ReplyToId, c.CreatedAt))];
    }

    public async Task<ReviewWrite> AddCommentAsync(string authorId, Guid sessionId, CommentRequest request, CancellationToken ct = default)
    {
        var reader = await access.GetAsync(authorId, sessionId, ct);
        if (!reader.CanRead)
        {
            return ReviewWrite.Missing;
        }

        var (text, textError) = CommentRules.Text(request.Text, "comment");
        if (textError is not null)
        {
            return ReviewWrite.Invalid("text", textError);
        }

        if (request.AtSeconds is { } at && (!double.IsFinite(at) || at < 0 || at > CommentRules.MaxSeconds))
        {
            return ReviewWrite.Invalid("atSeconds", "A time on the recording, in seconds from its start.");
        }

        if (request.TargetId is { } target && !CommentRules.TargetId().IsMatch(target))
        {
            return ReviewWrite.Invalid("targetId", "Not an id of this session's results (such as score.delivery or recommendation.delivery.pace).");
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        if (request.ReplyToId is { } parent && !await db.Comments.AnyAsync(c => c.Id == parent && c.SessionId == sessionId, ct))
        {
            return ReviewWrite.Invalid("replyToId", "There is no such comment on this session to reply to.");
        }

        var comment = new SessionComment
        {
            Id = Guid.NewGuid(), SessionId = sessionId, OwnerId = reader.OwnerId, AuthorId = authorId,
            AuthorName = (await auth.FindUserAsync(authorId, ct))?.Email ?? "",
            AuthorRole = reader.IsOwner ? "owner" : "sharee",
            TargetId = request.TargetId, AtSeconds = request.AtSeconds, Text = text!, ReplyToId = request.ReplyToId, CreatedAt = clock.UtcNow,
        };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(ct);
        return ReviewWrite.Made(comment.Id);
    }

    public async Task<IReadOnlyList<OverrideView>?> ListOverridesAsync(string viewerId, Guid sessionId, CancellationToken ct = default)
    {
        if (!(await access.GetAsync(viewerId, sessionId, ct)).CanRead)
        {
            return null;
        }

        await using var db = await dbs.CreateDbContextAsync(ct);
        var overrides = await db.Overrides.AsNoTracking().Where(o => o.SessionId == sessionId).ToListAsync(ct);
        var names = new Dictionary<string, string>();
        foreach (var coachId in overrides.Select(o => o.CoachId).Distinct())
        {
            names[coachId] = (await auth.FindUserAsync(coachId, ct))?.Email ?? "(deleted account)";
        }

        return [.. overrides.OrderBy(o => o.CreatedAt).Select(o => new OverrideView(
            o.Id, o.TargetId, o.RunVersion, o.MachineValue, o.Value, o.Text, o.Reason, o.CoachId, names[o.CoachId], o.CreatedAt))];
    }

    public async Task<ReviewWrite> AddOverrideAsync(string coachId, Guid sessionId, OverrideRequest request, CancellationToken ct = default)
    {
        var reader = await access.GetAsync(coachId, sessionId, ct);
        if (!reader.CanRead)
        {
            return ReviewWrite.Missing;
        }

        if (reader.IsOwner)
        {
            return ReviewWrite.Invalid("targetId", "Overrides are a reviewer's view of your results: share the session, and your reviewer can give theirs.");
        }

        if (await analysis.GetLatestRunAsync(reader.OwnerId, sessionId, ct) is not { Status: AnalysisRunStatus.Succeeded } run
            || await analysis.GetLatestResultAsync(reader.OwnerId, sessionId, ct) is not { } result)
        {
            return ReviewWrite.Invalid("targetId", "The session has no analysed results to override yet.");
        }

        if (request.TargetId is not { } targetId || OverrideTarget.Find(result, targetId) is not { } target)
        {
            return ReviewWrite.Invalid("targetId", "Name a score, recommendation or segment card of the latest results by its id.");
        }

        var (reason, reasonError) = CommentRules.Text(request.Reason, "reason");
        if (reasonError is not null)
        {
            return ReviewWrite.Invalid("reason", reasonError);
        }

        var (text, textError) = CommentRules.Text(request.Text, "your version", required: !target.IsScore);
        if (textError is not null)
        {
            return ReviewWrite.Invalid("text", textError);
        }

        if (target.IsScore && request.Value is not (>= 0 and <= 100))
        {
            return ReviewWrite.Invalid("value", "Give your score from 0 to 100.");
        }

        var entry = new ReviewOverride
        {
            Id = Guid.NewGuid(), SessionId = sessionId, OwnerId = reader.OwnerId, TargetId = target.Id, RunVersion = run.Version,
            MachineValue = target.MachineValue, Value = target.IsScore ? request.Value : null, Text = text is { Length: > 0 } ? text : null,
            Reason = reason!, CoachId = coachId, CreatedAt = clock.UtcNow,
        };
        await using var db = await dbs.CreateDbContextAsync(ct);
        db.Overrides.Add(entry);
        await db.SaveChangesAsync(ct);
        return ReviewWrite.Made(entry.Id);
    }

    public async Task<IReadOnlyList<OverrideMark>> ListOverrideMarksAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Overrides.AsNoTracking().Where(o => o.OwnerId == ownerId).OrderBy(o => o.CreatedAt)
            .Select(o => new OverrideMark(o.SessionId, o.TargetId, o.RunVersion, o.Value)).ToListAsync(ct);
    }

    public Task<NoticeList> ListNoticesAsync(string userId, CancellationToken ct = default) => notices.ListAsync(userId, ct);

    public Task MarkNoticesSeenAsync(string userId, DateTime? upTo = null, CancellationToken ct = default) => notices.MarkSeenAsync(userId, upTo, ct);
}
