using InterviewInsight.Modules.Engines.Text;

namespace InterviewInsight.Modules.Engines.Content.Judging;

/// <summary>
/// Finds a quote in an answer's sentences word by word (lower case, punctuation ignored), so "we cut costs by 20%" is
/// found in "We cut costs by 20%." but an invented or paraphrased quote is not. Quotes may span sentences.
/// </summary>
internal static class QuoteLocator
{
    /// <returns>The time span of the quoted words, or null when the quote is not in the transcript.</returns>
    public static (double Start, double End)? Find(string quote, IReadOnlyList<TimedSentence> sentences)
    {
        var wanted = Words.Of(quote);
        if (wanted.Count == 0)
        {
            return null;
        }

        var words = sentences
            .SelectMany(s => Words.Of(s.Text).Select(w => (Word: w, Sentence: s)))
            .ToList();
        for (var i = 0; i + wanted.Count <= words.Count; i++)
        {
            var k = 0;
            while (k < wanted.Count && words[i + k].Word == wanted[k])
            {
                k++;
            }

            if (k == wanted.Count)
            {
                return (words[i].Sentence.Start, words[i + k - 1].Sentence.End);
            }
        }

        return null;
    }
}
