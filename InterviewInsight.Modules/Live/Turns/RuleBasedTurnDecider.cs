using System.Globalization;
using InterviewInsight.Modules.Live.Questions;

namespace InterviewInsight.Modules.Live.Turns;

/// <summary>
/// The interviewer without a language model. Rules in order, first match wins:
/// 1. follow-up limit reached → next question (<see cref="TurnRules.FollowUpLimit"/>);
/// 2. too short (words or seconds) → clarification; 3. off-topic (relevance below threshold) → clarification;
/// 4. no concrete example, 5. (behavioural) no result, 6. no specifics → follow-up;
/// otherwise the next question (<see cref="TurnRules.Complete"/>). Warm-up openers only get rule 2.
/// A rule already applied to this question is skipped so the same gap is not probed twice.
/// When no planned question remains, "next" becomes <see cref="TurnKind.End"/> with the same rule.
/// </summary>
internal sealed class RuleBasedTurnDecider(TurnRuleOptions options) : ITurnDecider
{
    public RuleBasedTurnDecider()
        : this(TurnRuleOptions.Default)
    {
    }

    public Task<TurnDecision> DecideAsync(TurnContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(Decide(context));

    public TurnDecision Decide(TurnContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var question = context.Question;
        var answer = context.Answer;

        if (context.AtFollowUpLimit)
        {
            return MoveOn(context, TurnRules.FollowUpLimit, $"Already asked {context.FollowUpsAsked} follow-up(s) on this question, the limit.");
        }

        foreach (var check in Checks(question.Expected.Structure))
        {
            var gap = check(context);
            if (gap is null)
            {
                continue;
            }

            if (context.EarlierRules.Contains(gap.Rule))
            {
                return MoveOn(context, TurnRules.AlreadyProbed, $"{gap.Reason} That was already asked about once on this question.");
            }

            return new TurnDecision(gap.Kind, gap.Text, gap.Rule, gap.Reason, TurnDecision.RulesEngine);
        }

        var words = answer.WordCount.ToString(CultureInfo.InvariantCulture);
        return MoveOn(context, TurnRules.Complete, $"The answer ({words} words) is on topic and has what the question asks for.");
    }

    private IEnumerable<Func<TurnContext, Gap?>> Checks(AnswerStructure structure)
    {
        yield return TooShort;
        if (structure == AnswerStructure.Narrative)
        {
            yield break;
        }

        yield return OffTopic;
        yield return NoExample;
        if (structure == AnswerStructure.Star)
        {
            yield return NoResult;
        }

        yield return NoSpecifics;
    }

    private Gap? TooShort(TurnContext context)
    {
        var answer = context.Answer;
        var tooFewWords = answer.WordCount < options.MinWords;
        var tooBrief = answer.DurationSeconds > 0 && answer.DurationSeconds < options.MinSeconds;
        if (!tooFewWords && !tooBrief)
        {
            return null;
        }

        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"The answer has {answer.WordCount} words over {answer.DurationSeconds:0.#} s; at least {options.MinWords} words and {options.MinSeconds:0.#} s are needed to judge it.");
        return new Gap(TurnKind.Clarification, TurnRules.TooShort, InterviewerLines.TooShort(context.Question), reason);
    }

    private Gap? OffTopic(TurnContext context)
    {
        var relevance = options.Relevance(context.Question.Topic, context.Answer.Text);
        if (relevance >= options.OffTopicBelow)
        {
            return null;
        }

        var reason = string.Create(
            CultureInfo.InvariantCulture,
            $"The answer's relevance to the question is {relevance:0.00}, below {options.OffTopicBelow:0.00}: it is about something else than the question's topic.");
        return new Gap(TurnKind.Clarification, TurnRules.OffTopic, InterviewerLines.OffTopic(context.Question), reason);
    }

    private static Gap? NoExample(TurnContext context) =>
        AnswerCues.HasExample(context.Answer)
            ? null
            : new Gap(
                TurnKind.FollowUp,
                TurnRules.NoExample,
                InterviewerLines.FollowUp(context.Question, FollowUpGap.Example),
                "The answer speaks in general terms: no past-tense story or \"for example\" / \"when I...\" cue.");

    private static Gap? NoResult(TurnContext context) =>
        AnswerCues.HasResult(context.Answer)
            ? null
            : new Gap(
                TurnKind.FollowUp,
                TurnRules.NoResult,
                InterviewerLines.FollowUp(context.Question, FollowUpGap.Result),
                "The story has no result: no outcome, change or lesson is mentioned.");

    private Gap? NoSpecifics(TurnContext context)
    {
        var question = context.Question;
        var specifics = AnswerCues.Specifics(context.Answer.Text, question.Expected.KeyTerms);
        var technical = question.Kind == QuestionKind.Technical;
        var found = technical ? specifics.Concrete + specifics.KeyTermHits : specifics.Concrete;
        var needed = technical ? options.MinTechnicalSpecifics : options.MinSpecifics;
        if (found >= needed)
        {
            return null;
        }

        var reason = technical
            ? $"The answer uses {specifics.KeyTermHits} of the expected key terms and {specifics.Concrete} numbers or names; {needed} are needed."
            : $"The answer has {specifics.Concrete} concrete details (numbers, names, tools); {needed} are needed.";
        return new Gap(TurnKind.FollowUp, TurnRules.NoSpecifics, InterviewerLines.FollowUp(question, FollowUpGap.Specifics), reason);
    }

    private static TurnDecision MoveOn(TurnContext context, string rule, string reason)
    {
        var next = context.NextPlanned;
        if (next is null)
        {
            return new TurnDecision(TurnKind.End, InterviewerLines.Closing, rule, reason + " No planned questions remain.", TurnDecision.RulesEngine);
        }

        var text = InterviewerLines.MovingOn(next, complete: rule == TurnRules.Complete);
        return new TurnDecision(TurnKind.NextQuestion, text, rule, reason, TurnDecision.RulesEngine) { Next = next };
    }

    private sealed record Gap(TurnKind Kind, string Rule, string Text, string Reason);
}
