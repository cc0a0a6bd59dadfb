namespace InterviewInsight.Modules.Engines.Content.Judging;

/// <summary>
/// A rubric judgement of one answer. Every criterion quotes the transcript verbatim so a person can check it.
/// </summary>
/// <param name="Engine">"rule-based" or the LLM that judged ("llm (gpt-4o-mini)").</param>
/// <param name="Criteria">Scored criteria (1 = missing, 5 = strong), each with its quote.</param>
/// <param name="Summary">One or two sentences on what the answer does and what it lacks.</param>
/// <param name="FallbackReason">Why the LLM judgement was replaced by the rule judge (malformed JSON, timeout...); null when not.</param>
/// <param name="Notes">What was changed on the way (criteria dropped because their quote is not in the transcript).</param>
public sealed record JudgeResult(
    string Engine, IReadOnlyList<JudgeCriterion> Criteria, string Summary, string? FallbackReason, IReadOnlyList<string> Notes);

/// <param name="Name">Criterion name, e.g. "situation", "action", "result", "specificity", "relevance".</param>
/// <param name="Score">1..5.</param>
/// <param name="Quote">Verbatim transcript text that supports the score; null when the answer has nothing to quote.</param>
/// <param name="Start">Start of the sentence(s) holding the quote (seconds); null without a quote.</param>
/// <param name="End">End of the sentence(s) holding the quote (seconds).</param>
public sealed record JudgeCriterion(string Name, int Score, string? Quote, double? Start, double? End);
