using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Live.Sessions;

internal sealed class LiveApi(IDbContextFactory<LiveDbContext> dbs, SessionDeleter deleter, IClock clock) : ILiveApi
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
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = PracticeSessionFactory.Create(ownerId, kind, setUp, clock.UtcNow);
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

    private static MediaKey ParseKey(string path) =>
        MediaKey.TryParse(path, out var key) ? key : throw new InvalidOperationException($"Stored media path '{path}' is not a media key.");
}
