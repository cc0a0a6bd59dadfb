using static InterviewInsight.Modules.Engines.Speech.Words.TokenPatterns;

namespace InterviewInsight.Modules.Engines.Speech.Words;

/// <summary>
/// Hedging phrases (uncertainty markers). Longest phrase first; "kind of"/"sort of" follow the same determiner rule as
/// the filler detector, so "what kind of database" is not a hedge.
/// </summary>
internal static class HedgeDetector
{
    private static readonly string[][] Phrases =
    [
        ["i'm", "not", "sure"], ["i", "am", "not", "sure"], ["more", "or", "less"], ["i", "would", "say"], ["it", "seems"],
        ["i", "think"], ["i", "guess"], ["i", "believe"], ["i", "suppose"], ["i", "feel", "like"], ["not", "sure"],
        ["kind", "of"], ["sort", "of"],
        ["maybe"], ["probably"], ["perhaps"], ["possibly"], ["somewhat"], ["hopefully"], ["presumably"],
    ];

    public static IReadOnlyList<TimedPhrase> Detect(IReadOnlyList<Token> tokens)
    {
        var found = new List<TimedPhrase>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var phrase = Phrases.OrderByDescending(p => p.Length).FirstOrDefault(p => Matches(tokens, i, p) && !IsNounPhrase(tokens, i, p));
            if (phrase is not null)
            {
                found.Add(Phrase(tokens, i, phrase.Length));
                i += phrase.Length - 1;
            }
        }

        return found;
    }

    private static bool IsNounPhrase(IReadOnlyList<Token> tokens, int i, string[] phrase) =>
        phrase is ["kind", "of"] or ["sort", "of"] && Previous(tokens, i) is { } previous && KindOfDeterminers.Contains(previous);
}
