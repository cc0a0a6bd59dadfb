using System.Text;
using InterviewInsight.Modules.Engines.Speech.Transcription;

namespace InterviewInsight.Modules.Engines.Speech.Words;

/// <summary>A transcript word normalised for matching (lower case, no punctuation) plus the clause cues around it.</summary>
/// <param name="Text">Lower-case word without surrounding punctuation ("don't" keeps its apostrophe).</param>
/// <param name="Word">The original word (for times).</param>
/// <param name="PunctuationAfter">The original word ended with , . ; : ? ! (engines that punctuate, e.g. Whisper).</param>
internal sealed record Token(string Text, TranscriptWord Word, bool PunctuationAfter)
{
    /// <summary>Pause before a word that marks a new clause even without punctuation (PocketSphinx never punctuates).</summary>
    public const double ClausePauseSeconds = 0.5;

    public static IReadOnlyList<Token> From(IEnumerable<TranscriptWord> words) =>
        words.Select(w => new Token(Normalize(w.Text), w, EndsClause(w.Text))).Where(t => t.Text.Length > 0).ToList();

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c == '\'')
            {
                builder.Append(c == '\u2019' ? '\'' : c);
            }
        }

        return builder.ToString().Trim('\'');
    }

    private static bool EndsClause(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is ',' or '.' or ';' or ':' or '?' or '!';
    }
}
