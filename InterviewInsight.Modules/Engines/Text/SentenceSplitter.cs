using InterviewInsight.Modules.Engines.Speech.Transcription;

namespace InterviewInsight.Modules.Engines.Text;

/// <summary>
/// Groups timed words into sentences. Engines that punctuate (Whisper, OpenAI) end a sentence at a word ending in
/// . ? or !; engines that do not (PocketSphinx, some reference transcripts) end one at a pause of at least
/// <see cref="PauseSeconds"/>. Either way a sentence is cut after <see cref="MaxWords"/> words so run-ons stay comparable.
/// </summary>
internal static class SentenceSplitter
{
    public const double PauseSeconds = 0.7;
    public const int MaxWords = 40;

    public static IReadOnlyList<TimedSentence> Split(IReadOnlyList<TranscriptWord> words) =>
        Group(words).Select((group, index) => ToSentence(index, group)).ToList();

    /// <summary>
    /// Sentences of text that has no word times (a typed answer): words never pause, so only punctuation and
    /// <see cref="MaxWords"/> end a sentence, exactly as for a punctuating engine's words.
    /// </summary>
    public static IReadOnlyList<string> SplitText(string? text)
    {
        var words = (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select((word, k) => new TranscriptWord(word, k, k + 1, 1))
            .ToList();
        return Split(words).Select(s => s.Text).ToList();
    }

    /// <summary>The words of each sentence, in time order.</summary>
    public static IReadOnlyList<IReadOnlyList<TranscriptWord>> Group(IReadOnlyList<TranscriptWord> words)
    {
        var spoken = words.Where(w => !string.IsNullOrWhiteSpace(w.Text)).OrderBy(w => w.Start).ThenBy(w => w.End).ToList();
        var punctuated = spoken.Any(w => EndsSentence(w.Text));
        var groups = new List<IReadOnlyList<TranscriptWord>>();
        var current = new List<TranscriptWord>();
        for (var i = 0; i < spoken.Count; i++)
        {
            current.Add(spoken[i]);
            var last = i == spoken.Count - 1;
            var boundary = punctuated
                ? EndsSentence(spoken[i].Text)
                : !last && spoken[i + 1].Start - spoken[i].End >= PauseSeconds;
            if (last || boundary || current.Count >= MaxWords)
            {
                groups.Add(current);
                current = [];
            }
        }

        return groups;
    }

    public static TimedSentence ToSentence(int index, IReadOnlyList<TranscriptWord> words) =>
        new(index, string.Join(' ', words.Select(w => w.Text.Trim())), words[0].Start, words[^1].End);

    private static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd('"', '\'', ')', '\u201D', '\u2019');
        return trimmed.Length > 0 && trimmed[^1] is '.' or '?' or '!';
    }
}
