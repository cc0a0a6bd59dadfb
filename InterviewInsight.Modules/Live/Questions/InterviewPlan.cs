namespace InterviewInsight.Modules.Live.Questions;

/// <summary>What a live session keeps of its <see cref="QuestionPlan"/>: the questions in order and the notes shown to the candidate.</summary>
internal sealed record InterviewPlan(IReadOnlyList<PlannedQuestion> Questions, IReadOnlyList<string> Notes);
