using System.Globalization;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Live.Interview;
using InterviewInsight.Modules.Live.Questions;
using InterviewInsight.Modules.Live.Sessions;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Live.Retakes;

/// <summary>
/// "Practise this question again": a new one-question live session with the set-up of the answer's session. Its plan is
/// fixed here (so opening the interview does not plan anew) and holds exactly that question: the bank question when
/// the answer was a planned bank question, else the question as it was asked (typed at upload, or a follow-up).
/// </summary>
internal sealed class RetakeQuestion(IDbContextFactory<LiveDbContext> dbs, QuestionBank bank, IClock clock)
{
    /// <summary>The retake session's id (an unstarted one of this answer is reused); null when the owner has no such answer in that session.</summary>
    public async Task<Guid?> StartAsync(string ownerId, Guid sessionId, Guid answerId, CancellationToken ct = default)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var source = await db.Sessions.AsNoTracking().SingleOrDefaultAsync(s => s.Id == sessionId && s.OwnerId == ownerId, ct);
        var answer = source is null ? null : await db.Answers.AsNoTracking().SingleOrDefaultAsync(a => a.Id == answerId && a.SessionId == sessionId, ct);
        if (source is null || answer is null)
        {
            return null;
        }

        // Back, a reload or a resumed circuit comes here again: the retake not yet started is reused, not made twice.
        var unstarted = await db.Sessions.AsNoTracking()
            .Where(s => s.OwnerId == ownerId && s.RetakeOfAnswerId == answer.Id && s.Status == SessionStatus.Draft)
            .Select(s => (Guid?)s.Id)
            .FirstOrDefaultAsync(ct);
        if (unstarted is { } existing)
        {
            return existing;
        }

        var question = PlanFor(answer);
        var session = PracticeSessionFactory.Create(ownerId, SessionKind.Live, source.ToSetUp() with { QuestionCount = 1 }, clock.UtcNow);
        session.RetakeOfAnswerId = answer.Id;
        session.Plan = new InterviewPlan([question], [$"A retake of one question from your session of {source.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}."]);
        session.PendingTurn = new PendingTurn(
            question.BankId, question.Text, AnswerKind.Planned, "plan.retake", "The question you chose to practise again.", "plan");
        db.Sessions.Add(session);
        await db.SaveChangesAsync(ct);
        return session.Id;
    }

    private PlannedQuestion PlanFor(Answer answer) =>
        answer.Kind == AnswerKind.Planned && answer.QuestionId is { } id && bank.Find(id) is { } known
            ? new PlannedQuestion(known.Id, known.Text, known.Kind, known.PrimaryCompetency)
            : new PlannedQuestion("", answer.QuestionText, QuestionKind.Behavioural, ""); // no bank id: asked by its text
}
