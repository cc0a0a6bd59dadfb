using System.Text.RegularExpressions;

namespace InterviewInsight.Modules.Engines.Text;

/// <summary>
/// The cue lists that tell a story from a generality, shared by the interviewer's follow-up rules and the content
/// analysis (STAR), so both say the same about the same answer. Each is a list of phrases a person can read, so a coach
/// can see why the interviewer asked what it asked and why the report marked what it marked.
/// </summary>
internal static partial class StoryCues
{
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

    private static readonly HashSet<string> FirstPerson = new(StringComparer.Ordinal) { "i", "we", "my", "our", "me", "us" };

    /// <summary>
    /// The sentences (by index) that tell a result. A sentence does when it holds an outcome phrase ("as a result",
    /// "in the end", "we learned"...); the closing sentence of a story of two or more also does when it holds a figure
    /// or an outcome verb ("it finished in ten minutes", "we shipped on the Friday").
    /// </summary>
    public static IReadOnlyList<int> ResultSentences(IReadOnlyList<string> sentences)
    {
        var found = new List<int>();
        for (var k = 0; k < sentences.Count; k++)
        {
            var text = sentences[k].ToLowerInvariant();
            var closing = k == sentences.Count - 1 && sentences.Count > 1;
            if (ResultPhrase().IsMatch(text) || (closing && (Figure().IsMatch(text) || OutcomeVerb().IsMatch(text))))
            {
                found.Add(k);
            }
        }

        return found;
    }

    /// <summary>
    /// A concrete example: an explicit cue ("for example", "when I...", "in my last role") or a first-person
    /// narrative with at least three past-tense verbs. "I would..." and "I usually..." answers have neither.
    /// </summary>
    public static bool HasExample(string text)
    {
        var words = Words.Of(text);
        var joined = " " + string.Join(' ', words) + " ";
        if (ExamplePhrases.Any(p => joined.Contains(" " + p + " ", StringComparison.Ordinal)))
        {
            return true;
        }

        return words.Any(FirstPerson.Contains) && words.Count(IsPastTense) >= 3;
    }

    private static bool IsPastTense(string word) =>
        IrregularPast.Contains(word) || (word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !NotPastTense.Contains(word));

    [GeneratedRegex(@"\b(as a result|the results?|results? (was|were)|the outcomes?|outcome was|in the end|by the end|eventually|ultimately|finally|afterwards?|since then|from then on|which led to|led to|resulted in|the impact|impact (was|of)|this meant|that meant|which meant|we ended up|i ended up|ended up|we managed to|i managed to|successfully|succeeded|was a success|i learned|we learned|i learnt|we learnt|the lesson|lessons? learned|the feedback was|turned out|paid off|worked out|never happened again|still use|(was|were|got) (adopted|promoted|thanked)|went live|on time|because of that)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ResultPhrase();

    [GeneratedRegex(@"\d|\b(percent|twice|half|thousand|million|hundred)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b(reduced|increased|improved|saved|cut|grew|doubled|tripled|halved|delivered|achieved|launched|shipped|won|finished|completed|solved|resolved|fixed|met|exceeded)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OutcomeVerb();
}
