using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Modules.Progress.Trends;

/// <summary>
/// Which answers are attempts at the same question: planned answers to the same bank question, and answers linked by
/// "retake of" in either direction, followed transitively. Follow-ups carry their parent's bank id but answer another
/// question, so only planned answers are matched by bank id.
/// </summary>
internal static class AttemptChain
{
    /// <summary>The answer ids of the attempts; <paramref name="questionId"/> is a bank id or any attempt's answer id.</summary>
    public static IReadOnlySet<Guid> Find(string questionId, IReadOnlyList<AnswerSpan> answers)
    {
        var isAnswerId = Guid.TryParse(questionId, out var answerId);
        var pending = new Queue<AnswerSpan>(answers.Where(a => (isAnswerId && a.Id == answerId) || SameBankQuestion(a, questionId)));
        var found = new HashSet<Guid>();
        while (pending.TryDequeue(out var answer))
        {
            if (!found.Add(answer.Id))
            {
                continue;
            }

            foreach (var linked in answers.Where(a => a.Id == answer.RetakeOfAnswerId || a.RetakeOfAnswerId == answer.Id
                || (answer.Kind == AnswerKind.Planned && SameBankQuestion(a, answer.QuestionId))))
            {
                pending.Enqueue(linked);
            }
        }

        return found;
    }

    private static bool SameBankQuestion(AnswerSpan answer, string? questionId) =>
        questionId is not null && answer.Kind == AnswerKind.Planned && string.Equals(answer.QuestionId, questionId, StringComparison.Ordinal);
}
