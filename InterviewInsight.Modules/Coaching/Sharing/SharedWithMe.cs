using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Coaching.Data;
using InterviewInsight.Modules.Live.Contracts;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Coaching.Sharing;

/// <summary>One session shared with the reader (<c>GET /api/coach/sessions</c>); <see cref="LatestRunStatus"/> is null before any analysis.</summary>
public sealed record CoachSessionView(
    Guid SessionId, Guid ShareId, string CandidateId, string CandidateEmail, string Title, SessionKind Kind,
    DateTime CreatedAt, DateTime SharedAt, AnalysisRunStatus? LatestRunStatus);

/// <summary>
/// The sessions shared with someone: each active share of one session, and every session its owner made after an active
/// "all future sessions" share. Read through Live and Analysis on every call, so deleted sessions and revoked shares vanish at once.
/// </summary>
internal sealed class SharedWithMe(IDbContextFactory<CoachingDbContext> dbs, ILiveApi live, IAnalysisApi analysis, IAuthApi auth)
{
    public async Task<IReadOnlyList<CoachSessionView>> ListAsync(string granteeId, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var grants = await db.Shares.AsNoTracking().Where(g => g.GranteeId == granteeId && g.RevokedAt == null).ToListAsync(ct);
        var views = new Dictionary<Guid, CoachSessionView>();
        foreach (var owner in grants.GroupBy(g => g.OwnerId))
        {
            var email = (await auth.FindUserAsync(owner.Key, ct))?.Email ?? "(deleted account)";
            foreach (var session in await live.ListSessionsAsync(owner.Key, ct))
            {
                // The earliest share that covers the session is when it became visible.
                var share = owner
                    .Where(g => g.SessionId == session.Id || (g.SessionId is null && g.CreatedAt <= session.CreatedAt))
                    .MinBy(g => g.CreatedAt);
                if (share is null)
                {
                    continue;
                }

                var run = await analysis.GetLatestRunAsync(owner.Key, session.Id, ct);
                views[session.Id] = new CoachSessionView(
                    session.Id, share.Id, owner.Key, email, session.Title, session.Kind, session.CreatedAt, share.CreatedAt, run?.Status);
            }
        }

        return [.. views.Values.OrderByDescending(v => v.CreatedAt)];
    }
}
