using System.Text;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Text;

namespace InterviewInsight.Modules.Engines.Content.Text;

/// <summary>
/// An answer's words grouped into sentences, with each sentence's text and the character offset of every word in it,
/// so a match found in the text can be quoted with the times of the words it covers.
/// </summary>
internal sealed class AnswerText
{
    private AnswerText(IReadOnlyList<SentenceWords> sentences) => Sentences = sentences;

    public IReadOnlyList<SentenceWords> Sentences { get; }

    public IEnumerable<TranscriptWord> Words => Sentences.SelectMany(s => s.Words);

    public static AnswerText From(IReadOnlyList<TranscriptWord> words)
    {
        var sentences = SentenceSplitter.Group(words)
            .Select((group, index) => SentenceWords.Create(SentenceSplitter.ToSentence(index, group), group))
            .ToList();
        return new AnswerText(sentences);
    }
}

/// <summary>One sentence: its timed record, its words and where each word starts in <see cref="TimedSentence.Text"/>.</summary>
internal sealed record SentenceWords(TimedSentence Sentence, IReadOnlyList<TranscriptWord> Words, IReadOnlyList<int> Offsets)
{
    /// <summary>The sentence text in lower case (same length and offsets as the original for the text we handle).</summary>
    public string Lower { get; } = Sentence.Text.ToLowerInvariant();

    public static SentenceWords Create(TimedSentence sentence, IReadOnlyList<TranscriptWord> words)
    {
        var offsets = new List<int>(words.Count);
        var text = new StringBuilder();
        foreach (var word in words)
        {
            if (text.Length > 0)
            {
                text.Append(' ');
            }

            offsets.Add(text.Length);
            text.Append(word.Text.Trim());
        }

        return new SentenceWords(sentence, words, offsets);
    }

    /// <summary>The words overlapping characters [start, start+length) of the text, quoted with their times.</summary>
    public EvidenceText Quote(int start, int length)
    {
        var first = 0;
        var last = Words.Count - 1;
        for (var k = 0; k < Words.Count; k++)
        {
            var wordEnd = Offsets[k] + Words[k].Text.Trim().Length;
            if (wordEnd <= start)
            {
                first = k + 1;
            }

            if (Offsets[k] < start + length)
            {
                last = k;
            }
        }

        first = Math.Min(first, last);
        var text = string.Join(' ', Words.Skip(first).Take(last - first + 1).Select(w => w.Text.Trim()));
        return new EvidenceText(text, Words[first].Start, Words[last].End);
    }

    public EvidenceText QuoteAll() => new(Sentence.Text, Sentence.Start, Sentence.End);
}
