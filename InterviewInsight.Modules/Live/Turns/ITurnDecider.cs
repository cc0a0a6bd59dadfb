namespace InterviewInsight.Modules.Live.Turns;

/// <summary>Decides the interviewer's next turn after an answer: follow up, ask for clarification, move on or end.</summary>
internal interface ITurnDecider
{
    Task<TurnDecision> DecideAsync(TurnContext context, CancellationToken cancellationToken = default);
}
