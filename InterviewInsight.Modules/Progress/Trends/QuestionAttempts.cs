using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Modules.Progress.Trends;

/// <summary>The body of <c>GET /api/progress/questions/{questionId}</c>: every analysed answer to one bank question, oldest first.</summary>
public sealed record QuestionAttemptsReport(string QuestionId, string Question, IReadOnlyList<QuestionAttempt> Attempts);

/// <summary>One answer to the question, with its own scores and measures (null when not measured).</summary>
public sealed record QuestionAttempt(
    Guid SessionId,
    Guid AnswerId,
    DateTime AnsweredAt,
    double? Overall,
    double? Content,
    double? Delivery,
    double? Presence,
    double? WordsPerMinute,
    double? FillersPerMinute,
    double? DurationSeconds,
    double? StarCoverage,
    double? Relevance);

/// <summary>Finds the attempts by joining Live's answers (which know the bank question) with Analysis's per-answer results.</summary>
internal sealed class QuestionAttempts(ILiveApi live, IAnalysisApi analysis)
{
    public async Task<QuestionAttemptsReport?> ReadAsync(string ownerId, string questionId, CancellationToken ct)
    {
        var sessions = (await live.ListSessionsAsync(ownerId, ct)).ToDictionary(s => s.Id);
        var attempts = new List<QuestionAttempt>();
        string? question = null;
        foreach (var run in await analysis.ListSucceededAsync(ownerId, ct))
        {
            if (!sessions.TryGetValue(run.SessionId, out var session)
                || await live.GetRecordingAsync(ownerId, run.SessionId, ct) is not { } recording)
            {
                continue;
            }

            foreach (var answer in recording.Answers.Where(a => string.Equals(a.QuestionId, questionId, StringComparison.Ordinal)))
            {
                if (run.Result.Answers.FirstOrDefault(r => r.Id == answer.Id.ToString("N")) is { } result)
                {
                    question ??= answer.Question;
                    attempts.Add(ToAttempt(run.SessionId, answer.Id, session.EndedAt ?? session.CreatedAt, result));
                }
            }
        }

        return question is null ? null : new QuestionAttemptsReport(questionId, question, [.. attempts.OrderBy(a => a.AnsweredAt)]);
    }

    private static QuestionAttempt ToAttempt(Guid sessionId, Guid answerId, DateTime answeredAt, AnswerResult answer) => new(
        sessionId,
        answerId,
        answeredAt,
        answer.Scores?.Overall?.Value,
        answer.Scores?.Content?.Value,
        answer.Scores?.Delivery?.Value,
        answer.Scores?.Presence?.Value,
        answer.Speech?.WordsPerMinute,
        answer.Speech?.Fillers.PerMinute,
        answer.End - answer.Start,
        answer.Content?.Star.Coverage,
        answer.Content?.Relevance?.Value);
}
