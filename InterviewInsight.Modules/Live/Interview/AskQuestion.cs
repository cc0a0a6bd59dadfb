using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Live.Interview;

/// <summary>The interviewer asks the pending turn: it becomes an answer span that starts when the question is asked.</summary>
internal sealed class AskQuestion(IDbContextFactory<LiveDbContext> dbs)
{
    /// <summary>The pending turn is being asked now (at <paramref name="askedAtSeconds"/> on the session clock); returns its answer's id.</summary>
    public async Task<Guid> AskAsync(string ownerId, Guid sessionId, double askedAtSeconds, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await db.FindLiveAsync(ownerId, sessionId, ct);
        var pending = session.Pending() ?? throw new InvalidOperationException("The interview has no question left to ask.");
        var answers = await db.AnswersInOrderAsync(sessionId, ct);

        // A question asked before a reload or crash and never answered is asked again: the same answer row restarts.
        var open = answers.LastOrDefault() is { EndSeconds: null } unfinished ? unfinished : null;
        var answer = open ?? new Answer { Id = Guid.NewGuid(), SessionId = sessionId, Index = answers.Count };
        answer.QuestionId = pending.QuestionId;
        answer.QuestionText = pending.Text;
        answer.Kind = pending.Kind;
        answer.StartSeconds = Math.Max(0, askedAtSeconds);

        // A retake session plans exactly one question: its planned answer is the new attempt (a follow-up is not).
        answer.RetakeOfAnswerId = pending.Kind == AnswerKind.Planned ? session.RetakeOfAnswerId : null;
        if (open is null)
        {
            db.Answers.Add(answer);
        }

        session.Status = SessionStatus.InProgress;
        await db.SaveChangesAsync(ct);
        return answer.Id;
    }

    /// <summary>What the interviewer is about to say, and how fast (for the server's voice); null when nothing is pending.</summary>
    public async Task<(PendingTurn Turn, double Rate)?> PendingAsync(string ownerId, Guid sessionId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId && s.OwnerId == ownerId, ct);
        return session?.Pending() is { } turn ? (turn, session.InterviewerRate) : null;
    }
}
