namespace InterviewInsight.Modules.Engines.Text;

/// <summary>
/// A deliberately small English stemmer, the only one in the product. A full stemmer would be overkill: role aliases,
/// question topics and job-description terms only need "engineer/engineering", "deploying/deploys",
/// "disagreed/disagreement" and one-letter typos to line up.
/// </summary>
internal static class Stemmer
{
    private static readonly string[] Suffixes = ["ations", "ation", "ments", "ment", "ings", "ing", "ists", "ist", "ers", "er", "ies", "ied", "ed", "es", "ly", "s"];

    /// <summary>Strips one common suffix, keeping at least three letters of the word.</summary>
    public static string Stem(string word)
    {
        foreach (var suffix in Suffixes)
        {
            if (word.Length - suffix.Length >= 3 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return suffix is "ies" or "ied" ? word[..^3] + "y" : word[..^suffix.Length];
            }
        }

        return word;
    }

    /// <summary>
    /// A stem cut to six letters: a cheap way to make "disagree", "disagreed" and "disagreement" one topic word.
    /// Rare collisions ("customer"/"customise") only ever add a little relevance, which the rules tolerate.
    /// </summary>
    public static string TopicStem(string word)
    {
        var stem = Stem(word);
        return stem.Length > 6 ? stem[..6] : stem;
    }

    /// <summary>Same word after stemming, or one edit apart when both are long enough that a typo is likelier than a different word.</summary>
    public static bool SameWord(string a, string b)
    {
        if (a == b)
        {
            return true;
        }

        var stemA = Stem(a);
        var stemB = Stem(b);
        if (stemA == stemB)
        {
            return true;
        }

        return Math.Min(stemA.Length, stemB.Length) >= 4 && WithinOneEdit(stemA, stemB);
    }

    private static bool WithinOneEdit(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        var i = 0;
        var j = 0;
        var edits = 0;
        while (i < shorter.Length && j < longer.Length)
        {
            if (shorter[i] == longer[j])
            {
                i++;
                j++;
                continue;
            }

            if (++edits > 1)
            {
                return false;
            }

            if (shorter.Length == longer.Length)
            {
                i++;
            }

            j++;
        }

        return edits + (longer.Length - j) + (shorter.Length - i) <= 1;
    }
}
