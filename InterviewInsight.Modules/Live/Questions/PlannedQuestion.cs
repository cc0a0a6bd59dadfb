namespace InterviewInsight.Modules.Live.Questions;

/// <summary>One question of a plan; <see cref="Id"/> is empty for a question not from the bank (typed in a set or at upload).</summary>
internal sealed record PlannedQuestion(string Id, string Text, QuestionKind Kind, string Competency)
{
    /// <summary>The bank question's id, or null when the question is asked by its text alone.</summary>
    public string? BankId => Id.Length == 0 ? null : Id;
}
