using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Live.Interview;

/// <summary>The reads every interview use case starts from, each scoped to the session's owner.</summary>
internal static class InterviewSessions
{
    /// <summary>The owner's live session; another owner's, or an uploaded recording, is not found.</summary>
    public static async Task<PracticeSession> FindLiveAsync(this LiveDbContext db, string ownerId, Guid sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.OwnerId == ownerId, ct)
            ?? throw new KeyNotFoundException("No such session.");
        return session.Kind == SessionKind.Live ? session : throw new InvalidOperationException("This session is an uploaded recording, not a live interview.");
    }

    public static Task<List<Answer>> AnswersInOrderAsync(this LiveDbContext db, Guid sessionId, CancellationToken ct) =>
        db.Answers.Where(a => a.SessionId == sessionId).OrderBy(a => a.Index).ToListAsync(ct);

    /// <summary>The segment being recorded now (a resumed interview records into a new one).</summary>
    public static Task<RecordingSegment?> LatestSegmentAsync(this LiveDbContext db, Guid sessionId, CancellationToken ct) =>
        db.Segments.AsNoTracking().Where(s => s.SessionId == sessionId).OrderByDescending(s => s.Index).FirstOrDefaultAsync(ct);

    /// <summary>What the interviewer says next; nothing once the interview has ended.</summary>
    public static PendingTurn? Pending(this PracticeSession session) =>
        session.Status == SessionStatus.Ended ? null : session.PendingTurn;
}
