using System.Text;

namespace InterviewInsight.Modules.Tooling.Accuracy.Speech;

/// <summary>
/// Word error rate = (substitutions + deletions + insertions) / reference words, after normalising both texts: lower
/// case, "mister"/"mr" and similar spellings unified, punctuation dropped (apostrophes inside words kept), whitespace
/// collapsed. Number words are not expanded; the shared references have none.
/// </summary>
internal static class WordErrorRate
{
    private static readonly Dictionary<string, string> Spellings = new(StringComparer.Ordinal)
    {
        ["mr"] = "mister",
        ["mrs"] = "missus",
        ["dr"] = "doctor",
        ["ok"] = "okay",
    };

    public static double Compute(string reference, string hypothesis)
    {
        var expected = Normalize(reference);
        var actual = Normalize(hypothesis);
        if (expected.Count == 0)
        {
            return actual.Count == 0 ? 0 : 1;
        }

        return EditDistance(expected, actual) / (double)expected.Count;
    }

    public static IReadOnlyList<string> Normalize(string text)
    {
        var cleaned = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            cleaned.Append(char.IsLetterOrDigit(c) || c == '\'' ? c : ' ');
        }

        return cleaned.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Trim('\''))
            .Where(w => w.Length > 0)
            .Select(w => Spellings.GetValueOrDefault(w, w))
            .ToList();
    }

    private static int EditDistance(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var previous = Enumerable.Range(0, b.Count + 1).ToArray();
        var current = new int[b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Count; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Count];
    }
}
