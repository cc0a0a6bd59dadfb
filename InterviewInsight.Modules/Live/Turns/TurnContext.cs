using InterviewInsight.Modules.Live.Questions;

namespace InterviewInsight.Modules.Live.Turns;

/// <summary>
/// Everything a turn decision looks at. <see cref="FollowUpsAsked"/> counts follow-ups and clarifications already
/// asked on this question; at <see cref="FollowUpLimit"/> (1 or 2) the interviewer moves on.
/// <see cref="EarlierRules"/> are the rules already applied to this question, so the same gap is not probed twice.
/// </summary>
internal sealed record TurnContext(
    BankQuestion Question,
    SaidSoFar Answer,
    int FollowUpsAsked,
    IReadOnlyList<PlannedQuestion> RemainingQuestions)
{
    public int FollowUpLimit { get; init; } = 2;

    public IReadOnlyCollection<string> EarlierRules { get; init; } = [];

    public PlannedQuestion? NextPlanned => RemainingQuestions.Count > 0 ? RemainingQuestions[0] : null;

    public bool AtFollowUpLimit => FollowUpsAsked >= Math.Clamp(FollowUpLimit, 1, 2);
}
