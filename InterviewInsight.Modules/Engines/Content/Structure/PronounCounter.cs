namespace InterviewInsight.Modules.Engines.Content.Structure;

/// <summary>Counts first-person singular vs plural pronouns (docs/architecture.md, "Evidence bands": "we" over "I" predicts ratings).</summary>
internal static class PronounCounter
{
    private static readonly HashSet<string> Singular = new(StringComparer.Ordinal)
    {
        "i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll", "im", "ive",
    };

    private static readonly HashSet<string> Plural = new(StringComparer.Ordinal)
    {
        "we", "us", "our", "ours", "ourselves", "we're", "we've", "we'd", "we'll", "weve",
    };

    public static PronounMeasure Count(IReadOnlyList<string> tokens)
    {
        var singular = tokens.Count(Singular.Contains);
        var plural = tokens.Count(Plural.Contains);
        return new PronounMeasure(singular, plural, singular + plural > 0 ? plural / (double)(singular + plural) : null);
    }
}
