using System.Text.RegularExpressions;

namespace InterviewInsight.Modules.Engines.Content.Text;

/// <summary>Lower-case word tokens ("don't" and "3.5" stay whole) for counting and matching.</summary>
internal static partial class WordTokens
{
    public static IReadOnlyList<string> Of(string text) =>
        WordPattern().Matches(text.ToLowerInvariant().Replace('\u2019', '\'')).Select(m => m.Value).ToList();

    /// <summary>A light suffix stripper so "deploying", "deployed" and "deploys" match "deploy" (no dictionary).</summary>
    public static string Stem(string token)
    {
        foreach (var suffix in new[] { "ing", "ed", "es", "s" })
        {
            if (token.Length > suffix.Length + 3 && token.EndsWith(suffix, StringComparison.Ordinal))
            {
                return token[..^suffix.Length];
            }
        }

        return token;
    }

    [GeneratedRegex(@"[a-z0-9]+(?:[.'][a-z0-9]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
