using InterviewInsight.Modules.Live.Questions;

namespace InterviewInsight.Modules.Live.Turns;

/// <summary>
/// A simple, explainable relevance measure: the share of the question's topic words (its content words plus the
/// bank's key terms, stemmed, function words removed) that the answer uses, counted against at most
/// <see cref="TopicWordsCounted"/> topic words so long key-term lists do not make every answer look off-topic.
/// It cannot see synonyms ("missed a deadline" for a question about failure shares one word at best), so the default
/// threshold only calls an answer off-topic when it shares no topic word at all; sentence embeddings can replace it
/// through <see cref="TurnRuleOptions.Relevance"/> with their own threshold.
/// </summary>
internal static class LexicalRelevance
{
    public const double DefaultOffTopicBelow = 0.1;
    public const int TopicWordsCounted = 10;

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "because", "been",
        "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "for", "from", "get", "got", "had",
        "has", "have", "having", "he", "her", "here", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its",
        "just", "like", "me", "more", "most", "my", "no", "not", "of", "on", "one", "or", "other", "our", "out", "over",
        "own", "really", "she", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these",
        "they", "this", "those", "through", "to", "too", "up", "very", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "why", "will", "with", "would", "you", "your", "yeah", "um", "uh", "okay", "well",
        "tell", "describe", "give", "example", "time", "walk", "explain", "think", "know", "say", "said", "thing",
        "things", "way", "lot", "kind", "sort", "mean", "yes", "let", "make", "made", "go", "went", "going",
    };

    public static double Score(string topic, string answer)
    {
        var topicStems = ContentStems(topic);
        if (topicStems.Count == 0)
        {
            return 1;
        }

        var answerStems = ContentStems(answer);
        var shared = topicStems.Count(answerStems.Contains);
        return Math.Min(1, (double)shared / Math.Min(topicStems.Count, TopicWordsCounted));
    }

    /// <summary>The text the relevance delegate compares answers with: question wording plus its key terms.</summary>
    public static string TopicOf(BankQuestion question) =>
        question.Text + " " + string.Join(' ', question.Expected.KeyTerms);

    private static HashSet<string> ContentStems(string text) =>
        TextWords.Words(text)
            .Where(w => w.Length > 2 && !FunctionWords.Contains(w) && !w.Any(char.IsDigit))
            .Select(TextWords.TopicStem)
            .ToHashSet(StringComparer.Ordinal);
}
