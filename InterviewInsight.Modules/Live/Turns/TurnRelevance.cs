using InterviewInsight.Modules.Engines.Content.Embeddings;
using InterviewInsight.Modules.Engines.Text;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Live.Turns;

/// <summary>
/// The off-topic measure of the rule-based interviewer: the MiniLM cosine of the question's topic and the answer when
/// MiniLM is installed (a few milliseconds for two short texts), the lexical overlap of
/// <see cref="Engines.Text.LexicalRelevance"/> otherwise, each with its own threshold.
/// </summary>
internal static class TurnRelevance
{
    /// <summary>
    /// MiniLM cosine below which an answer is off-topic. On the hand-written answers (TurnTestData) the on-topic ones
    /// measure 0.25-0.64 against their question's topic (the failure story lowest) and the holiday story -0.02-0.14
    /// against five questions; the shared reference transcripts judged as answers measure 0.01-0.06. 0.19 is the midpoint
    /// of the gap between 0.14 and 0.25 (MiniLmTurnRelevanceTests prints the figures).
    /// </summary>
    public const double MiniLmOffTopicBelow = 0.19;

    public static TurnRuleOptions Options(string modelsPath, ILogger logger)
    {
        var missing = MiniLmEmbedder.MissingFiles(modelsPath);
        if (missing.Count > 0)
        {
            logger.LogWarning("Interviewer off-topic rule: lexical overlap (fallback), because {Model} is not installed: missing {Files}", MiniLmEmbedder.EngineName, string.Join(", ", missing));
            return TurnRuleOptions.Default;
        }

        logger.LogInformation("Interviewer off-topic rule: {Model} cosine below {Threshold}", MiniLmEmbedder.EngineName, MiniLmOffTopicBelow);
        var miniLm = new MiniLmEmbedder(modelsPath);

        // Loading takes about a second; done now in the background so the first answer's turn does not wait for it.
        _ = Task.Run(miniLm.EnsureLoaded);
        return WithMiniLm(miniLm, logger);
    }

    /// <summary>
    /// MiniLM's cosine; should the model fail (a damaged file, for example), each decision falls back to the lexical rule,
    /// mapped onto MiniLM's scale (no shared topic word → 0, else 1), and says so in the log rather than failing the turn.
    /// </summary>
    public static TurnRuleOptions WithMiniLm(MiniLmEmbedder miniLm, ILogger? logger = null) =>
        TurnRuleOptions.Default with
        {
            Relevance = (topic, answer) =>
            {
                try
                {
                    return miniLm.Similarity(topic, answer);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger?.LogError(ex, "Interviewer off-topic rule: {Model} failed; this turn uses the lexical rule", MiniLmEmbedder.EngineName);
                    return LexicalRelevance.Score(topic, answer) < LexicalRelevance.DefaultOffTopicBelow ? 0 : 1;
                }
            },
            OffTopicBelow = MiniLmOffTopicBelow,
        };
}
