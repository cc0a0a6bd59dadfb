using System.Text.RegularExpressions;
using InterviewInsight.Modules.Live.Questions;

namespace InterviewInsight.Modules.Live.Turns;

/// <summary>
/// Cue-phrase detectors behind the follow-up rules. Each is deliberately transparent: a list of phrases a person
/// can read, so a coach can see why the interviewer asked what it asked.
/// </summary>
internal static partial class AnswerCues
{
    private static readonly string[] ResultPhrases =
    [
        "result", "results", "outcome", "outcomes", "in the end", "ended up", "which meant", "that meant", "this meant", "led to", "so that",
        "because of that", "finally", "eventually", "afterwards", "afterward", "since then", "from then on", "saved",
        "reduced", "increased", "improved", "grew", "delivered", "shipped", "launched", "went live", "on time",
        "succeeded", "success", "successful", "successfully", "achieved", "learned", "learnt", "lesson", "resolved", "solved", "fixed", "won",
        "promoted", "thanked", "feedback was", "percent", "turned out", "paid off", "worked out", "impact",
        "never happened again", "still use", "adopted",
    ];

    private static readonly string[] ExamplePhrases =
    [
        "for example", "for instance", "one time", "there was a time", "when i was", "when i", "when we", "in my last",
        "in my previous", "in my current", "at my last", "at my previous", "in my first", "last year", "last month",
        "last week", "last quarter", "i remember", "a few months ago", "years ago", "on one project", "in one project",
        "one project", "at the time", "back then", "once", "recently i", "recently we",
    ];

    // Irregular past forms common in interview stories; regular ones are caught by their "-ed" ending.
    private static readonly HashSet<string> IrregularPast = new(StringComparer.Ordinal)
    {
        "was", "were", "had", "did", "went", "made", "took", "told", "said", "got", "gave", "found", "felt", "knew",
        "thought", "brought", "built", "led", "ran", "wrote", "spoke", "met", "saw", "came", "began", "chose", "caught",
        "kept", "left", "lost", "sent", "spent", "stood", "taught", "understood", "won", "became", "broke", "bought",
        "drove", "fell", "heard", "held", "meant", "paid", "put", "read", "sat", "sold", "split", "struck", "wore",
    };

    private static readonly HashSet<string> NotPastTense = new(StringComparer.Ordinal)
    {
        "need", "needed", "speed", "indeed", "feed", "seed", "proceed", "succeed", "exceed", "based", "interested",
        "experienced", "skilled", "detailed", "advanced", "related", "motivated", "dedicated", "red", "bed", "shed",
        "hundred", "kindred", "sacred", "wicked", "naked", "tired", "supposed",
    };

    private static readonly HashSet<string> NumberWords = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "sixty", "hundred", "hundreds", "thousand", "thousands", "million", "millions",
        "billion", "dozen", "dozens", "half", "twice", "double", "doubled", "triple", "tripled", "quarter", "percent",
    };

    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "i", "we", "my", "our", "me", "us" };

    public static bool HasResult(string answer) => ContainsAny(answer, ResultPhrases);

    /// <summary>
    /// A concrete example: an explicit cue ("for example", "when I...", "in my last role") or a first-person
    /// narrative with at least three past-tense verbs. "I would..." and "I usually..." answers have neither.
    /// </summary>
    public static bool HasExample(string answer)
    {
        if (ContainsAny(answer, ExamplePhrases))
        {
            return true;
        }

        var words = TextWords.Words(answer);
        return words.Any(FirstPerson.Contains) && words.Count(IsPastTense) >= 3;
    }

    /// <summary>
    /// Concrete details: numbers (digits or number words) and names of people, products or tools (capitalised words
    /// inside a sentence), plus, separately, how many of the question's key terms the answer uses.
    /// </summary>
    public static AnswerSpecifics Specifics(string answer, IReadOnlyList<string> keyTerms)
    {
        var words = TextWords.Words(answer);
        var numbers = words.Count(w => w.Any(char.IsDigit) || NumberWords.Contains(w));
        var names = ProperNoun().Matches(answer).Select(m => m.Groups["name"].Value.TrimEnd('.')).Where(n => !IsPronounI(n)).Distinct(StringComparer.Ordinal).Count();
        var stems = words.Select(TextWords.TopicStem).ToHashSet(StringComparer.Ordinal);
        var keyTermHits = keyTerms.Select(TextWords.TopicStem).Distinct(StringComparer.Ordinal).Count(stems.Contains);
        return new AnswerSpecifics(numbers, names, keyTermHits);
    }

    public static int PastTenseCount(string answer) => TextWords.Words(answer).Count(IsPastTense);

    private static bool IsPastTense(string word) =>
        IrregularPast.Contains(word) || (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !NotPastTense.Contains(word));

    private static bool IsPronounI(string word) => word is "I" || word.StartsWith("I'", StringComparison.Ordinal);

    // Whole words only: "won" must not match "won't" or "wonderful".
    private static bool ContainsAny(string answer, string[] phrases)
    {
        var text = " " + string.Join(' ', TextWords.Words(answer)) + " ";
        return phrases.Any(p => text.Contains(" " + p + " ", StringComparison.Ordinal));
    }

    // A capitalised word that follows a lower-case word (so not the first word of a sentence).
    [GeneratedRegex(@"(?<=[\p{Ll},;:]\s+)(?<name>\p{Lu}[\p{L}\p{N}'+#.-]*)", RegexOptions.CultureInvariant)]
    private static partial Regex ProperNoun();
}
