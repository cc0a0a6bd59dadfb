using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Live.Interview.Transcription;
using InterviewInsight.Modules.Shared.Outbox;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Live.Interview;

/// <summary>
/// The interview ends, after the last question or early: an answer still open is closed where the candidate stopped,
/// and <see cref="SessionEnded"/> starts the session's analysis of the recording so far.
/// </summary>
internal sealed class EndInterview(IDbContextFactory<LiveDbContext> dbs, AnswerTranscriber transcriber, IClock clock)
{
    public async Task EndAsync(string ownerId, Guid sessionId, double? endSeconds, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await db.FindLiveAsync(ownerId, sessionId, ct);
        if (session.Status == SessionStatus.Ended)
        {
            return;
        }

        var open = await db.Answers.Where(a => a.SessionId == sessionId && a.EndSeconds == null).ToListAsync(ct);
        foreach (var answer in open)
        {
            await transcriber.StopAheadAsync(sessionId, answer.StartSeconds);
            answer.EndSeconds = Math.Max(answer.StartSeconds, endSeconds ?? answer.StartSeconds);
            answer.TurnRule = "end.user";
            answer.TurnReason = "The candidate ended the interview.";
        }

        var now = clock.UtcNow;
        session.Status = SessionStatus.Ended;
        session.EndedAt = now;
        session.PendingTurn = null;
        db.AddEvent(new SessionEnded(sessionId, ownerId), now);
        await db.SaveChangesAsync(ct);
    }
}
