using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Modules.Live.QuestionSets;

/// <summary>What a set must be: a name and 1 to 20 questions of 5 to 500 characters. Text is stored as typed (pages escape it).</summary>
internal static class QuestionSetRules
{
    public const int MaxNameLength = 120;
    public const int MaxQuestions = 20;
    public const int MinTextLength = 5;
    public const int MaxTextLength = 500;
    public const int MaxBankIdLength = 100;

    public static IReadOnlyList<string> Validate(QuestionSetDraft? draft)
    {
        if (draft is null)
        {
            return ["Send a name and the questions."];
        }

        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(draft.Name) || draft.Name.Trim().Length > MaxNameLength)
        {
            errors.Add($"Give the set a name (up to {MaxNameLength} characters).");
        }

        var questions = draft.Questions ?? [];
        if (questions.Count is < 1 or > MaxQuestions)
        {
            errors.Add($"A set holds 1 to {MaxQuestions} questions.");
        }

        for (var i = 0; i < questions.Count; i++)
        {
            var q = questions[i];
            var length = q?.Text?.Trim().Length ?? 0;
            if (length is < MinTextLength or > MaxTextLength)
            {
                errors.Add($"Question {i + 1} must be {MinTextLength} to {MaxTextLength} characters long.");
            }

            if (q is not null && !Enum.IsDefined(q.Kind))
            {
                errors.Add($"Question {i + 1} must be Behavioural or Technical.");
            }

            if (q?.BankQuestionId?.Length > MaxBankIdLength)
            {
                errors.Add($"Question {i + 1} names an unknown bank question.");
            }
        }

        return errors;
    }

    /// <summary>The draft as it is stored: names and texts trimmed, an empty bank id dropped.</summary>
    public static List<QuestionSetQuestion> Normalise(IReadOnlyList<QuestionSetQuestion> questions) =>
        [.. questions.Select(q => new QuestionSetQuestion(q.Text.Trim(), q.Kind, string.IsNullOrWhiteSpace(q.BankQuestionId) ? null : q.BankQuestionId.Trim()))];
}
