using InterviewInsight.Modules.Live.Questions;

namespace InterviewInsight.Modules.Live.Turns;

/// <summary>
/// What the interviewer does after an answer. <see cref="Text"/> is what it says; <see cref="Next"/> is the planned
/// question being asked (NextQuestion only) so storage can record its id and wording. <see cref="Rule"/> names the
/// rule that decided (see <see cref="TurnRules"/>), <see cref="Reason"/> explains it to a person, <see cref="Engine"/>
/// is "rules" or the model's name, and <see cref="FallbackReason"/> says why a model's decision was not used.
/// </summary>
internal sealed record TurnDecision(TurnKind Kind, string Text, string Rule, string Reason, string Engine)
{
    public const string RulesEngine = "rules";

    public PlannedQuestion? Next { get; init; }

    public string? FallbackReason { get; init; }
}
