using InterviewInsight.Modules.Live.Contracts;

namespace InterviewInsight.Modules.Live.Interview;

/// <summary>
/// The interviewer's next line: a planned question, or a follow-up/clarification on <see cref="QuestionId"/>, with the
/// rule or model that chose it and why (shown to the candidate and stored with the answer).
/// </summary>
public sealed record PendingTurn(string? QuestionId, string Text, AnswerKind Kind, string Rule, string Reason, string Engine);
