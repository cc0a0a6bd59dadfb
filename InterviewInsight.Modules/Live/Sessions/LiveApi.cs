using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Live.Interview;
using InterviewInsight.Modules.Live.QuestionSets;
using InterviewInsight.Modules.Live.Questions;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Live.Sessions;

internal sealed class LiveApi(IDbContextFactory<LiveDbContext> dbs, SessionDeleter deleter, QuestionSetStore sets, QuestionPlanner planner, IClock clock) : ILiveApi
{
    public async Task<IReadOnlyList<PracticeSessionSummary>> ListSessionsAsync(string ownerId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var sessions = await db.Sessions.AsNoTracking()
            .Where(s => s.OwnerId == ownerId)
            .OrderByDescending(s => s.CreatedAt)
            .ToListAsync(ct);
        return [.. sessions.Select(s => new PracticeSessionSummary(s.Id, s.Kind, s.Title, s.Status, s.CreatedAt, s.EndedAt))];
    }

    public async Task<PracticeSessionDetails?> GetSessionAsync(string ownerId, Guid sessionId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var s = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == sessionId && x.OwnerId == ownerId, ct);
        return s is null ? null : new PracticeSessionDetails(s.Id, s.OwnerId, s.Kind, s.Status, s.ToSetUp(), s.Language, s.CreatedAt, s.EndedAt);
    }

    public async Task<SessionOwner?> FindOwnerAsync(Guid sessionId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        return await db.Sessions.AsNoTracking()
            .Where(x => x.Id == sessionId)
            .Select(x => new SessionOwner(x.OwnerId, x.CreatedAt))
            .SingleOrDefaultAsync(ct);
    }

    public async Task<Guid> CreateSessionAsync(string ownerId, SessionKind kind, SessionSetUp setUp, CancellationToken ct = default)
    {
        SessionSetUpValidator.ThrowIfInvalid(setUp);
        var set = setUp.QuestionSetId is { } setId
            ? await sets.GetAsync(ownerId, setId, ct) ?? throw new ArgumentException(SessionSetUpValidator.UnknownQuestionSet, nameof(setUp))
            : null;
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = PracticeSessionFactory.Create(ownerId, kind, setUp, clock.UtcNow);
        if (set is not null && kind == SessionKind.Live)
        {
            // The set's questions are copied into the plan now, so a later edit or deletion of the set leaves this session as it was.
            var plan = planner.PlanFromSet(set, setUp.QuestionCount);
            var first = plan.Questions[0];
            session.Plan = new InterviewPlan(plan.Questions, plan.Notes);
            session.PendingTurn = new PendingTurn(first.BankId, first.Text, AnswerKind.Planned, "plan.first", "The first question of your set.", "plan");
        }

        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    public Task<bool> DeleteSessionAsync(string ownerId, Guid sessionId, CancellationToken ct = default) =>
        deleter.DeleteAsync(ownerId, sessionId, ct);

    public async Task<SessionRecording?> GetRecordingAsync(string ownerId, Guid sessionId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(x => x.Id == sessionId && x.OwnerId == ownerId, ct);
        if (session is null)
        {
            return null;
        }

        var segments = await db.Segments.AsNoTracking().Where(s => s.SessionId == sessionId).OrderBy(s => s.Index).ToListAsync(ct);
        var answers = await db.Answers.AsNoTracking().Where(a => a.SessionId == sessionId).OrderBy(a => a.Index).ToListAsync(ct);
        return new SessionRecording(
            session.Id,
            session.OwnerId,
            session.Kind,
            session.ToSetUp(),
            [.. segments.Select(s => new RecordingSegmentInfo(s.Index, ParseKey(s.MediaPath), s.MimeType, s.OffsetSeconds, s.Bytes))],
            [.. answers.Select(a => new AnswerSpan(a.Id, a.Index, a.QuestionId, a.QuestionText, a.Kind, a.StartSeconds, a.EndSeconds, a.Transcript, a.RetakeOfAnswerId))],
            session.CalibrationEndSeconds is { } end ? new CalibrationSpan(session.CalibrationStartSeconds ?? 0, end) : null);
    }

    public async Task<IReadOnlyList<InterviewerChoice>> ListInterviewerChoicesAsync(string ownerId, Guid sessionId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var answers = await db.Answers.AsNoTracking()
            .Where(a => a.SessionId == sessionId && db.Sessions.Any(s => s.Id == sessionId && s.OwnerId == ownerId && s.Kind == SessionKind.Live))
            .OrderBy(a => a.Index)
            .Select(a => new { a.Id, a.Kind, a.TurnRule, a.TurnReason })
            .ToListAsync(ct);
        return [.. answers.Select(a => new InterviewerChoice(a.Id, a.Kind, a.TurnRule, a.TurnReason))];
    }

    public async Task<AnswerRef?> FindAnswerAsync(string ownerId, Guid answerId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var owned = db.Sessions.Where(s => s.OwnerId == ownerId).Select(s => s.Id);
        var a = await db.Answers.AsNoTracking().SingleOrDefaultAsync(x => x.Id == answerId && owned.Contains(x.SessionId), ct);
        return a is null ? null : new AnswerRef(a.Id, a.SessionId, a.QuestionId, a.QuestionText, a.Kind, a.RetakeOfAnswerId);
    }

    public Task<IReadOnlyList<QuestionSetSummary>> ListQuestionSetsAsync(string userId, CancellationToken ct = default) => sets.ListAsync(userId, ct);

    public Task<QuestionSetDetails?> GetQuestionSetAsync(string userId, Guid setId, CancellationToken ct = default) => sets.GetAsync(userId, setId, ct);

    public Task<QuestionSetWrite> CreateQuestionSetAsync(string ownerId, QuestionSetDraft draft, CancellationToken ct = default) =>
        sets.CreateAsync(ownerId, draft, ct);

    public Task<QuestionSetWrite> UpdateQuestionSetAsync(string ownerId, Guid setId, QuestionSetDraft draft, CancellationToken ct = default) =>
        sets.UpdateAsync(ownerId, setId, draft, ct);

    public Task<bool> DeleteQuestionSetAsync(string ownerId, Guid setId, CancellationToken ct = default) => sets.DeleteAsync(ownerId, setId, ct);

    public Task<bool> AssignQuestionSetAsync(string ownerId, Guid setId, string assigneeId, CancellationToken ct = default) =>
        sets.AssignAsync(ownerId, setId, assigneeId, ct);

    public Task<bool> UnassignQuestionSetAsync(string ownerId, Guid setId, string assigneeId, CancellationToken ct = default) =>
        sets.UnassignAsync(ownerId, setId, assigneeId, ct);

    private static MediaKey ParseKey(string path) =>
        MediaKey.TryParse(path, out var key) ? key : throw new InvalidOperationException($"Stored media path '{path}' is not a media key.");
}
