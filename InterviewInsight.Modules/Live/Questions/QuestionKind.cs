namespace InterviewInsight.Modules.Live.Questions;

internal enum QuestionKind
{
    Behavioural,
    Technical,
}
