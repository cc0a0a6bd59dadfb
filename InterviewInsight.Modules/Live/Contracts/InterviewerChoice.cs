namespace InterviewInsight.Modules.Live.Contracts;

/// <summary>
/// What the interviewer decided when one answer ended (a follow-up, a clarification, the next question, the end) and
/// why: the named rule (or chat model) and its reason in words.
/// </summary>
/// <param name="AnswerId">The Live answer (the analysis names it by this id in "N" format).</param>
/// <param name="Kind">How this answer's own question came to be asked.</param>
/// <param name="Rule">The rule that decided after the answer; null until the answer ends, and for uploads.</param>
/// <param name="Reason">The rule's reason in words.</param>
public sealed record InterviewerChoice(Guid AnswerId, AnswerKind Kind, string? Rule, string? Reason);
