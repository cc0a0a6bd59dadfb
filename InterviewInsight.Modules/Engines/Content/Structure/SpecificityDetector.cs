using System.Text.RegularExpressions;
using InterviewInsight.Modules.Engines.Content.Text;
using InterviewInsight.Modules.Engines.Text;

namespace InterviewInsight.Modules.Engines.Content.Structure;

/// <summary>
/// Concrete detail in an answer, each item quoted with its time:
/// <list type="bullet">
/// <item>Numbers: digits ("40%", "$2k", "3.5") and <see cref="NumberWords"/>; adjacent number words form one item
/// ("two hundred").</item>
/// <item>Tools and technologies: words from <see cref="TechnologyTerms.Known"/>, and, when the transcript is in mixed
/// case, capitalised words that do not start a sentence and are not ordinary capitalised words (a product, company or
/// named system). Each distinct name counts once.</item>
/// <item>Outcomes: a change verb (reduced, increased, saved, ...) followed within a few words by a figure, or a concrete
/// outcome phrase ("on time", "under budget", "went live", "resulted in", "zero downtime").</item>
/// </list>
/// Value = min(1, (numbers + distinct tools + 2·outcomes) per 100 words / 5); outcomes count double because a measured
/// result is the most specific thing an answer can contain.
/// </summary>
internal static partial class SpecificityDetector
{
    public const double ItemsPer100WordsForFullScore = 5;

    public static SpecificityMeasure Detect(AnswerText answer, int wordCount)
    {
        var mixedCase = IsMixedCase(answer);
        var numbers = new List<EvidenceText>();
        var tools = new List<EvidenceText>();
        var outcomes = new List<EvidenceText>();
        var toolNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in answer.Sentences)
        {
            FindNumbers(sentence, numbers);
            FindTools(sentence, mixedCase, tools, toolNames);
            foreach (Match match in OutcomePattern().Matches(sentence.Lower))
            {
                outcomes.Add(sentence.Quote(match.Index, match.Length));
            }
        }

        var items = numbers.Count + toolNames.Count + (2 * outcomes.Count);
        var per100 = wordCount > 0 ? 100.0 * items / wordCount : 0;
        return new SpecificityMeasure(Math.Min(1, per100 / ItemsPer100WordsForFullScore), per100, numbers, tools, outcomes);
    }

    private static void FindNumbers(SentenceWords sentence, List<EvidenceText> numbers)
    {
        var k = 0;
        while (k < sentence.Words.Count)
        {
            if (!IsNumberToken(sentence.Words[k].Text))
            {
                k++;
                continue;
            }

            var end = k;
            while (end + 1 < sentence.Words.Count && IsNumberToken(sentence.Words[end + 1].Text))
            {
                end++;
            }

            var words = sentence.Words.Skip(k).Take(end - k + 1).ToList();
            numbers.Add(new EvidenceText(string.Join(' ', words.Select(w => w.Text.Trim())), words[0].Start, words[^1].End));
            k = end + 1;
        }
    }

    private static void FindTools(SentenceWords sentence, bool mixedCase, List<EvidenceText> tools, HashSet<string> names)
    {
        for (var k = 0; k < sentence.Words.Count; k++)
        {
            var word = sentence.Words[k];
            var bare = Bare(word.Text);
            var lower = bare.ToLowerInvariant();
            var known = TechnologyTerms.Known.Contains(lower);
            var named = mixedCase && k > 0 && bare.Length >= 2 && char.IsUpper(bare[0]) && !TechnologyTerms.CommonCapitalised.Contains(lower);
            if ((known || named) && !NumberWords.All.Contains(lower))
            {
                tools.Add(new EvidenceText(bare, word.Start, word.End));
                names.Add(lower);
            }
        }
    }

    private static bool IsNumberToken(string text)
    {
        var bare = Bare(text).ToLowerInvariant();
        return DigitPattern().IsMatch(bare) || NumberWords.All.Contains(bare);
    }

    /// <summary>The word without surrounding punctuation; keeps symbols that are part of names or figures (C#, C++, 40%, $5).</summary>
    private static string Bare(string text) => text.Trim().Trim('.', ',', ';', ':', '!', '?', '"', '(', ')', '\'', '\u201C', '\u201D');

    /// <summary>Mixed case means the engine writes capitals meaningfully (not all upper like LRS2, not all lower like PocketSphinx).</summary>
    private static bool IsMixedCase(AnswerText answer)
    {
        var letters = answer.Words.SelectMany(w => w.Text).Where(char.IsLetter).ToList();
        var upper = letters.Count(char.IsUpper);
        return upper > 0 && upper < letters.Count * 0.5;
    }

    [GeneratedRegex(@"^[$€£]?\d[\d,.]*(%|k|m|x|s|bn|th|st|nd|rd)?$", RegexOptions.CultureInvariant)]
    private static partial Regex DigitPattern();

    [GeneratedRegex(@"\b(reduc(ed|ing)|increas(ed|ing)|improv(ed|ing)|cut(ting)?|sav(ed|ing)|grew|grow(ing)?|doubl(ed|ing)|tripl(ed|ing)|halv(ed|ing)|rais(ed|ing)|lower(ed|ing)|boost(ed|ing)|decreas(ed|ing)|shorten(ed|ing)|sped up)\b(\s+\S+){0,6}?\s+(by|from|to|of)\s+(\S+\s+)?[$€£]?(\d[\d,.]*\s*(%|percent|per cent|x|times|hours?|days?|weeks?|minutes?|seconds?|ms|k|users?|customers?|people)?|(two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a hundred|half)\b(\s+(percent|per cent|hours?|days?|weeks?|minutes?|times))?)|\b(on time|under budget|ahead of schedule|went live|go live|resulted in|zero (downtime|defects|incidents|bugs)|closed the deal|won the|hit (the|our) target|met the deadline|beat the deadline)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OutcomePattern();
}
