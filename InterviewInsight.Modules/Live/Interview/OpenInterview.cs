using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Live.Questions;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Live.Interview;

/// <summary>
/// Opening the interview page: the question plan is fixed on the first open (the first question becomes the pending
/// turn), and every open, a reload or a resume included, says where the interview stands and where recording resumes.
/// </summary>
internal sealed class OpenInterview(IDbContextFactory<LiveDbContext> dbs, QuestionPlanner planner, IClock clock)
{
    private static readonly TimeSpan RecentWindow = TimeSpan.FromDays(30);

    public async Task<InterviewState> OpenAsync(string ownerId, Guid sessionId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await db.FindLiveAsync(ownerId, sessionId, ct);
        if (session.Plan is null)
        {
            var plan = planner.Plan(session.ToSetUp(), await RecentlyAskedAsync(db, ownerId, sessionId, ct), StableSeed(sessionId), allowRepeats: false);
            session.Plan = new InterviewPlan(plan.Questions, plan.Notes);
            var first = plan.Questions[0];
            session.PendingTurn = new PendingTurn(first.BankId, first.Text, AnswerKind.Planned, "plan.first", "The first question of your plan.", "plan");
            await db.SaveChangesAsync(ct);
        }

        var answers = await db.AnswersInOrderAsync(sessionId, ct);
        var segments = await db.Segments.Where(s => s.SessionId == sessionId).OrderBy(s => s.Index).ToListAsync(ct);
        var last = segments.LastOrDefault();
        return new InterviewState(
            sessionId,
            session.Status == SessionStatus.Ended,
            session.Pending(),
            answers.Count(a => a.Kind == AnswerKind.Planned && a.EndSeconds is not null),
            session.Plan.Questions.Count,
            segments.Count,
            last is null ? 0 : last.OffsetSeconds + last.DurationSeconds,
            session.CameraOn,
            session.Plan.Notes,
            session.InterviewerVoice,
            session.InterviewerRate);
    }

    /// <summary>Records the "look at the camera" span that sets the personal gaze baseline.</summary>
    public async Task CalibrateAsync(string ownerId, Guid sessionId, double start, double end, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await db.FindLiveAsync(ownerId, sessionId, ct);
        if (end > start && start >= 0)
        {
            session.CalibrationStartSeconds = start;
            session.CalibrationEndSeconds = end;
            await db.SaveChangesAsync(ct);
        }
    }

    private async Task<IReadOnlySet<string>> RecentlyAskedAsync(LiveDbContext db, string ownerId, Guid sessionId, CancellationToken ct)
    {
        var since = clock.UtcNow - RecentWindow;
        var recentSessions = db.Sessions.Where(s => s.OwnerId == ownerId && s.Id != sessionId && s.CreatedAt >= since).Select(s => s.Id);
        var ids = await db.Answers.Where(a => recentSessions.Contains(a.SessionId) && a.QuestionId != null).Select(a => a.QuestionId!).Distinct().ToListAsync(ct);
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A seed that is the same for the same session on every machine (string hash codes are randomised per process).</summary>
    private static int StableSeed(Guid sessionId) => BitConverter.ToInt32(sessionId.ToByteArray(), 0);
}
