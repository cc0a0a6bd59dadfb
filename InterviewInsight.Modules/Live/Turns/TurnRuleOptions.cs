using InterviewInsight.Modules.Engines.Text;

namespace InterviewInsight.Modules.Live.Turns;

/// <summary>
/// Thresholds of the rule-based interviewer. The relevance delegate takes (question topic text, answer) and returns
/// 0..1; the default is <see cref="LexicalRelevance.Score"/>. The app plugs in the MiniLM cosine when it is installed,
/// with its own <see cref="OffTopicBelow"/> threshold (<see cref="TurnRelevance"/>).
/// </summary>
internal sealed record TurnRuleOptions
{
    public static TurnRuleOptions Default { get; } = new();

    /// <summary>Fewer words than this cannot be judged; about ten seconds of speech.</summary>
    public int MinWords { get; init; } = 25;

    /// <summary>Spoken answers shorter than this are too short; ignored when the duration is unknown (0).</summary>
    public double MinSeconds { get; init; } = 10;

    public Func<string, string, double> Relevance { get; init; } = LexicalRelevance.Score;

    public double OffTopicBelow { get; init; } = LexicalRelevance.DefaultOffTopicBelow;

    /// <summary>Numbers, names, tools or durations a behavioural answer needs before it counts as specific.</summary>
    public int MinSpecifics { get; init; } = 2;

    /// <summary>Key terms plus other specifics a technical answer needs before it counts as specific.</summary>
    public int MinTechnicalSpecifics { get; init; } = 3;
}
