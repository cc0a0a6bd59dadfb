using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Questions;
using InterviewInsight.Modules.Live.Turns;

namespace InterviewInsight.Modules.Live.Interview;

/// <summary>The turns decided without looking at the answer, and how a decision becomes the next pending turn.</summary>
internal static class NextTurns
{
    public static TurnDecision Skip(IReadOnlyList<PlannedQuestion> remaining) =>
        MoveOn(remaining, "skipped", remaining.Count == 0 ? "The candidate skipped the last question." : "The candidate skipped the question.");

    public static TurnDecision NoSpeech(IReadOnlyList<PlannedQuestion> remaining) =>
        MoveOn(remaining, "no-speech", "No speech in this answer: it ended as soon as it started, so the interviewer moves on.");

    /// <summary>The next planned question, or the end when none is left; <paramref name="cause"/> names the rule.</summary>
    public static TurnDecision MoveOn(IReadOnlyList<PlannedQuestion> remaining, string cause, string reason) => remaining.Count == 0
        ? new TurnDecision(TurnKind.End, "That was the last question. Thank you.", $"end.{cause}", reason, TurnDecision.RulesEngine)
        : new TurnDecision(TurnKind.NextQuestion, remaining[0].Text, $"next.{cause}", reason, TurnDecision.RulesEngine) { Next = remaining[0] };

    /// <summary>What the interviewer says next after <paramref name="decision"/>; null when the interview is over.</summary>
    public static PendingTurn? Pending(TurnDecision decision, string? questionId, IReadOnlyList<PlannedQuestion> remaining) => decision.Kind switch
    {
        TurnKind.End => null,
        TurnKind.NextQuestion => new PendingTurn((decision.Next ?? remaining.FirstOrDefault())?.BankId, decision.Text, AnswerKind.Planned, decision.Rule, decision.Reason, decision.Engine),
        TurnKind.FollowUp => new PendingTurn(questionId, decision.Text, AnswerKind.FollowUp, decision.Rule, decision.Reason, decision.Engine),
        _ => new PendingTurn(questionId, decision.Text, AnswerKind.Clarification, decision.Rule, decision.Reason, decision.Engine),
    };
}
