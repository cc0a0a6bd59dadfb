namespace InterviewInsight.Modules.Live.Questions;

internal sealed record PlannedQuestion(string Id, string Text, QuestionKind Kind, string Competency);
