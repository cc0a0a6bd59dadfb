namespace InterviewInsight.Modules.Live.Turns;

/// <summary>
/// The model-written interviewer's settings: the model name (recorded as the decision's engine), how long to wait
/// before the rules take over (turn decisions are interactive), and the longest line the model may say.
/// </summary>
internal sealed record ChatTurnDeciderOptions(string ModelName)
{
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(8);

    public int MaxTextLength { get; init; } = 400;

    public int MaxOutputTokens { get; init; } = 300;
}
