namespace InterviewInsight.Modules.Live.Questions;

/// <summary>
/// What the turn rules look for in an answer: the structure, its named parts (STAR for behavioural questions)
/// and topic key terms (used for relevance and, in technical answers, for specifics).
/// </summary>
internal sealed record ExpectedElements(AnswerStructure Structure, IReadOnlyList<string> Elements, IReadOnlyList<string> KeyTerms);
