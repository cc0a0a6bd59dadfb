using System.Globalization;

namespace InterviewInsight.Modules.Engines.Content.Judging;

/// <summary>
/// The always-available judge: a fixed rubric over the measured content.
/// <list type="bullet">
/// <item>context (situation + task): 5 when both are shown, 3 when one is, 1 when neither.</item>
/// <item>action: 1 + 2 per sentence describing what the speaker did, capped at 5.</item>
/// <item>result: 5 when a result sentence holds a measured outcome, 4 with a result sentence only, 1 without.</item>
/// <item>specificity: 1 + 4 × specificity value, rounded.</item>
/// <item>relevance (when a question is known): 1 + 4 × relevance value, rounded; quotes the sentence closest to the question.</item>
/// </list>
/// </summary>
internal sealed class RuleBasedJudge : IAnswerJudge
{
    public const string EngineName = "rule-based";

    public string Engine => EngineName;

    public Task<JudgeResult> JudgeAsync(string? question, AnswerContent content, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(Judge(content, fallbackReason: null, notes: []));
    }

    public static JudgeResult Judge(AnswerContent content, string? fallbackReason, IReadOnlyList<string> notes)
    {
        var star = content.Star;
        var criteria = new List<JudgeCriterion>();
        var context = star.Situation.Sentences.Concat(star.Task.Sentences).OrderBy(s => s.Start).FirstOrDefault();
        criteria.Add(Criterion("context", (star.Situation.Shown, star.Task.Shown) switch { (true, true) => 5, (false, false) => 1, _ => 3 }, context));
        criteria.Add(Criterion("action", Math.Min(5, 1 + (2 * star.Action.Sentences.Count)), star.Action.Sentences.FirstOrDefault()));
        var measuredResult = star.Result.Sentences.FirstOrDefault(r => content.Specificity.Outcomes.Any(o => o.Start >= r.Start && o.End <= r.End));
        criteria.Add(Criterion("result", measuredResult is not null ? 5 : star.Result.Shown ? 4 : 1, measuredResult ?? star.Result.Sentences.FirstOrDefault()));
        var specific = content.Specificity.Outcomes.Concat(content.Specificity.Numbers).Concat(content.Specificity.Tools).FirstOrDefault();
        criteria.Add(Criterion("specificity", 1 + (int)Math.Round(4 * content.Specificity.Value, MidpointRounding.AwayFromZero), specific));
        if (content.Relevance is { } relevance)
        {
            var best = relevance.BestSentenceIndex is { } index && index < content.Sentences.Count ? content.Sentences[index] : null;
            criteria.Add(Criterion(
                "relevance",
                1 + (int)Math.Round(4 * relevance.Value, MidpointRounding.AwayFromZero),
                best is null ? null : new EvidenceText(best.Text, best.Start, best.End)));
        }

        return new JudgeResult(EngineName, criteria, Summary(content), fallbackReason, notes);
    }

    private static JudgeCriterion Criterion(string name, int score, EvidenceText? quote) =>
        new(name, Math.Clamp(score, 1, 5), quote?.Text, quote?.Start, quote?.End);

    private static string Summary(AnswerContent content)
    {
        var star = content.Star;
        var missing = new[] { ("situation", star.Situation), ("task", star.Task), ("action", star.Action), ("result", star.Result) }
            .Where(e => !e.Item2.Shown).Select(e => e.Item1).ToList();
        var structure = missing.Count == 0
            ? "The answer covers situation, task, action and result."
            : string.Create(CultureInfo.InvariantCulture, $"The answer covers {star.ElementsShown} of 4 STAR elements; missing: {string.Join(", ", missing)}.");
        var detail = content.Specificity.Outcomes.Count > 0
            ? " It states a measured outcome."
            : content.Specificity.Numbers.Count + content.Specificity.Tools.Count > 0
                ? " It names concrete details but no measured outcome."
                : " It gives no figures, named tools or measured outcomes.";
        return structure + detail;
    }
}
