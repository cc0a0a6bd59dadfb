namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Gives words times when only their segment's span is known: the span is shared out in proportion to each
/// word's length in characters (longer words take longer to say; good to a few hundred ms, not more).
/// </summary>
internal static class WordSpanSplitter
{
    public static IEnumerable<TranscriptWord> Split(IReadOnlyList<(string Text, double Confidence)> words, double start, double end)
    {
        var totalCharacters = words.Sum(w => w.Text.Length);
        if (totalCharacters == 0)
        {
            yield break;
        }

        var span = Math.Max(0.0, end - start);
        var charactersBefore = 0;
        foreach (var (text, confidence) in words)
        {
            var wordStart = start + (span * charactersBefore / totalCharacters);
            charactersBefore += text.Length;
            var wordEnd = start + (span * charactersBefore / totalCharacters);
            yield return new TranscriptWord(text, Math.Round(wordStart, 3), Math.Round(wordEnd, 3), confidence);
        }
    }
}
