namespace InterviewInsight.Modules.Engines.Text;

/// <summary>
/// A simple, explainable relevance measure: the share of the topic's content words (stemmed, function words and
/// question wording removed) that the answer uses, counted against at most <see cref="TopicWordsCounted"/> topic words
/// so long key-term lists do not make every answer look off-topic. It cannot see synonyms ("missed a deadline" for a
/// question about failure shares one word at best), so the default threshold only calls an answer off-topic when it
/// shares no topic word at all; a sentence encoder can replace it with its own threshold.
/// </summary>
internal static class LexicalRelevance
{
    public const double DefaultOffTopicBelow = 0.1;
    public const int TopicWordsCounted = 10;

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

    private static HashSet<string> ContentStems(string text) =>
        Words.Of(text)
            .Where(w => w.Length > 2 && !StopWords.Function.Contains(w) && !StopWords.QuestionPrompts.Contains(w) && !Words.HasDigit(w))
            .Select(Stemmer.TopicStem)
            .ToHashSet(StringComparer.Ordinal);
}
