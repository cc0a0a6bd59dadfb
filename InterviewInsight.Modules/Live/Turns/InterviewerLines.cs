using InterviewInsight.Modules.Live.Questions;

namespace InterviewInsight.Modules.Live.Turns;

/// <summary>
/// What the rule-based interviewer says. A question's own follow-up prompt is preferred when it asks for the
/// missing gap; these templates cover the rest. Neutral and encouraging: they ask for more, never judge.
/// </summary>
internal static class InterviewerLines
{
    public const string Closing = "That was the last question. Thank you for your answers; your feedback will be ready in a moment.";

    public static string TooShort(BankQuestion question) =>
        $"Could you say a bit more about that? Take your time. The question was: {question.Text}";

    public static string OffTopic(BankQuestion question) =>
        $"I'm not sure that answered what I asked, so let me repeat it: {question.Text}";

    public static string FollowUp(BankQuestion question, FollowUpGap gap) =>
        question.FollowUps.FirstOrDefault(f => f.Asks == gap)?.Text ?? Generic(question, gap);

    public static string MovingOn(PlannedQuestion next, bool complete) =>
        (complete ? "Thank you, that's clear. " : "Thank you. Let's move on. ") + next.Text;

    private static string Generic(BankQuestion question, FollowUpGap gap) => (gap, question.Kind) switch
    {
        (FollowUpGap.Result, _) => "How did it turn out in the end? What was the result, and how did you know?",
        (FollowUpGap.Example, QuestionKind.Technical) => "Could you give me an example from your own work where you did that?",
        (FollowUpGap.Example, _) => "Could you walk me through one specific time that happened: what was the situation, and what did you do?",
        (FollowUpGap.Specifics, QuestionKind.Technical) => "Could you be more specific: which tools, techniques or numbers would you use there?",
        _ => "Could you add some specifics: who was involved, what tools or numbers, and how long it took?",
    };
}
