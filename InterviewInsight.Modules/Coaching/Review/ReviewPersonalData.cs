using InterviewInsight.Modules.Coaching.Data;
using InterviewInsight.Modules.Shared.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Coaching.Review;

/// <summary>
/// The export's review: comments and overrides on the user's sessions (whoever wrote them) and those the user wrote on
/// sessions shared with them, and the user's shares both ways. A reviewer's export keeps their own words, not the owner's
/// results (the machine's value beside an override is the owner's).
/// </summary>
internal sealed class ReviewPersonalData(IDbContextFactory<CoachingDbContext> dbs) : IPersonalDataSource
{
    public async Task WriteAsync(string ownerId, PersonalDataArchive archive, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var comments = await db.Comments.AsNoTracking().Where(c => c.OwnerId == ownerId || c.AuthorId == ownerId).OrderBy(c => c.CreatedAt)
            .Select(c => new { c.Id, c.SessionId, c.AuthorName, c.AuthorRole, c.TargetId, c.AtSeconds, c.Text, c.ReplyToId, c.CreatedAt })
            .ToListAsync(ct);
        var overrides = await db.Overrides.AsNoTracking().Where(o => o.OwnerId == ownerId || o.CoachId == ownerId).OrderBy(o => o.CreatedAt)
            .Select(o => new { o.Id, o.SessionId, o.TargetId, o.RunVersion, MachineValue = o.OwnerId == ownerId ? o.MachineValue : null, o.Value, o.Text, o.Reason, o.CreatedAt })
            .ToListAsync(ct);
        var shares = await db.Shares.AsNoTracking().Where(g => g.OwnerId == ownerId || g.GranteeId == ownerId).OrderBy(g => g.CreatedAt)
            .Select(g => new { g.Id, g.SessionId, SharedWith = g.OwnerId == ownerId ? g.GranteeEmail : null, SharedWithMe = g.GranteeId == ownerId, g.CreatedAt, g.RevokedAt })
            .ToListAsync(ct);
        await archive.AddJsonAsync("comments.json", comments, ct);
        await archive.AddJsonAsync("overrides.json", overrides, ct);
        await archive.AddJsonAsync("shares.json", shares, ct);
    }
}
