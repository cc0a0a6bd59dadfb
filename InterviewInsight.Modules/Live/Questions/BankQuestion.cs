using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Modules.Live.Questions;

/// <summary>One question of the bank. <see cref="Roles"/> empty means the question fits every role.</summary>
internal sealed record BankQuestion(
    string Id,
    string Text,
    QuestionKind Kind,
    IReadOnlyList<string> Competencies,
    IReadOnlyList<string> Roles,
    IReadOnlyList<Seniority> Seniorities,
    bool IsOpener,
    ExpectedElements Expected,
    IReadOnlyList<FollowUpPrompt> FollowUps)
{
    public string PrimaryCompetency => Competencies[0];

    public bool IsGeneric => Roles.Count == 0;

    /// <summary>The text an answer's relevance is measured against: the question's wording plus its key terms.</summary>
    public string Topic => Text + " " + string.Join(' ', Expected.KeyTerms);

    public bool Fits(Seniority seniority) => Seniorities.Contains(seniority);
}
