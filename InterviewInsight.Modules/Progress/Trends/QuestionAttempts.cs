using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Modules.Progress.Trends;

/// <summary>The body of <c>GET /api/progress/questions/{questionId}</c>: every analysed attempt at one question, oldest first.</summary>
public sealed record QuestionAttemptsReport(string QuestionId, string Question, IReadOnlyList<QuestionAttempt> Attempts);

/// <summary>
/// Finds the attempts by joining Live's answers (which know the bank question and what each retakes) with Analysis's
/// per-answer results. <c>questionId</c> is a bank question id, or the id of any answer in a retake chain (questions
/// typed at upload have no bank id).
/// </summary>
internal sealed class QuestionAttempts(ILiveApi live, IAnalysisApi analysis)
{
    public async Task<QuestionAttemptsReport?> ReadAsync(string ownerId, string questionId, CancellationToken ct)
    {
        var sessions = (await live.ListSessionsAsync(ownerId, ct)).ToDictionary(s => s.Id);
        var answers = new List<(Guid SessionId, AnswerSpan Answer)>();
        foreach (var sessionId in sessions.Keys)
        {
            if (await live.GetRecordingAsync(ownerId, sessionId, ct) is { } recording)
            {
                answers.AddRange(recording.Answers.Select(a => (sessionId, a)));
            }
        }

        var chain = AttemptChain.Find(questionId, [.. answers.Select(a => a.Answer)]);
        if (chain.Count == 0)
        {
            return null;
        }

        var attempts = new List<QuestionAttempt>();
        foreach (var run in await analysis.ListSucceededAsync(ownerId, ct))
        {
            if (!sessions.TryGetValue(run.SessionId, out var session))
            {
                continue;
            }

            foreach (var (_, answer) in answers.Where(a => a.SessionId == run.SessionId && chain.Contains(a.Answer.Id)))
            {
                if (AttemptMeasures.Find(run.Result, answer.Id) is { } result)
                {
                    attempts.Add(AttemptMeasures.From(run.SessionId, answer.Id, answer.RetakeOfAnswerId, session.EndedAt ?? session.CreatedAt, run.Result, result));
                }
            }
        }

        var question = answers.Where(a => chain.Contains(a.Answer.Id)).OrderBy(a => sessions[a.SessionId].CreatedAt).First().Answer.Question;
        return attempts.Count == 0 ? null : new QuestionAttemptsReport(questionId, question, [.. attempts.OrderBy(a => a.AnsweredAt)]);
    }
}
