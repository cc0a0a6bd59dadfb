using System.Text.RegularExpressions;
using InterviewInsight.Modules.Engines.Text;

namespace InterviewInsight.Modules.Live.Turns;

/// <summary>
/// The cues behind the follow-up rules, read from the text kernel the content analysis also uses (<see cref="StoryCues"/>),
/// so the interviewer asks for a result exactly when the report would find none.
/// </summary>
internal static partial class AnswerCues
{
    public static bool HasResult(SaidSoFar said) => StoryCues.ResultSentences(said.Sentences).Count > 0;

    public static bool HasExample(SaidSoFar said) => StoryCues.HasExample(said.Text);

    /// <summary>
    /// Concrete details: numbers (digits or number words) and names of people, products or tools (capitalised words
    /// inside a sentence), plus, separately, how many of the question's key terms the answer uses.
    /// </summary>
    public static AnswerSpecifics Specifics(string answer, IReadOnlyList<string> keyTerms)
    {
        var words = Words.Of(answer);
        var numbers = words.Count(NumberWords.IsFigure);
        var names = ProperNoun().Matches(answer).Select(m => m.Groups["name"].Value.TrimEnd('.')).Where(n => !IsPronounI(n)).Distinct(StringComparer.Ordinal).Count();
        var stems = words.Select(Stemmer.TopicStem).ToHashSet(StringComparer.Ordinal);
        var keyTermHits = keyTerms.Select(Stemmer.TopicStem).Distinct(StringComparer.Ordinal).Count(stems.Contains);
        return new AnswerSpecifics(numbers, names, keyTermHits);
    }

    private static bool IsPronounI(string word) => word is "I" || word.StartsWith("I'", StringComparison.Ordinal);

    // A capitalised word that follows a lower-case word (so not the first word of a sentence).
    [GeneratedRegex(@"(?<=[\p{Ll},;:]\s+)(?<name>\p{Lu}[\p{L}\p{N}'+#.-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ProperNoun();
}
