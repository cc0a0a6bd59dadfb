namespace InterviewInsight.Modules.Engines.Content.Judging;

/// <summary>Judges one answer against a rubric (STAR structure, specificity, relevance) with quoted evidence.</summary>
internal interface IAnswerJudge
{
    string Engine { get; }

    /// <param name="question">The interview question; null when unknown.</param>
    /// <param name="content">The measured content of the answer (its sentences are the transcript to quote from).</param>
    /// <param name="ct">Cancels the judgement (a caller cancellation is rethrown, never turned into a fallback).</param>
    Task<JudgeResult> JudgeAsync(string? question, AnswerContent content, CancellationToken ct);
}
