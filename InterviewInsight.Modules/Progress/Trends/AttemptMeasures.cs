using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Results;

namespace InterviewInsight.Modules.Progress.Trends;

/// <summary>
/// One analysed answer to the question, with its own scores and measures (null when not measured). Times are seconds on
/// its session's clock; <paramref name="RetakeOfAnswerId"/> is the earlier attempt it practised again.
/// </summary>
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
    double? Relevance,
    Guid? RetakeOfAnswerId = null,
    double Start = 0,
    double End = 0,
    int? WordCount = null,
    int? FillerCount = null,
    double? LongestPauseSeconds = null,
    double? EyeContactRatio = null);

/// <summary>Reads an attempt's scores and measures out of its session's result JSON.</summary>
internal static class AttemptMeasures
{
    /// <summary>The answer's result (results name answers by the Live answer id in "N" form); null when it was not analysed.</summary>
    public static AnswerResult? Find(AnalysisResult result, Guid answerId) =>
        result.Answers.FirstOrDefault(r => r.Id == answerId.ToString("N"));

    public static QuestionAttempt From(Guid sessionId, Guid answerId, Guid? retakeOf, DateTime answeredAt, AnalysisResult session, AnswerResult answer)
    {
        // Not English: the words are the recogniser's guesses, so counts and rates of words are not measures (pauses are).
        var wordsTrusted = !session.Quality.Any(q => q.Code == QualityFlag.NotEnglish);
        return new QuestionAttempt(
            sessionId,
            answerId,
            answeredAt,
            answer.Scores?.Overall?.Value,
            answer.Scores?.Content?.Value,
            answer.Scores?.Delivery?.Value,
            answer.Scores?.Presence?.Value,
            wordsTrusted ? answer.Speech?.WordsPerMinute : null,
            wordsTrusted ? answer.Speech?.Fillers.PerMinute : null,
            answer.End - answer.Start,
            answer.Content?.Star.Coverage,
            answer.Content?.Relevance?.Value,
            retakeOf,
            answer.Start,
            answer.End,
            wordsTrusted ? answer.Speech?.WordCount : null,
            wordsTrusted ? answer.Speech?.Fillers.Count : null,
            answer.Speech?.Pauses.LongestSeconds,
            answer.Vision?.EyeContactRatio);
    }
}
