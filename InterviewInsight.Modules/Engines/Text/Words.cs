using System.Text.RegularExpressions;

namespace InterviewInsight.Modules.Engines.Text;

/// <summary>
/// The one tokeniser behind every count and match on answer text (the interviewer's turn rules, role matching and the
/// content analysis): lower-case words, with "don't", "3.5", "r&amp;d", "40%" and "$5" kept whole.
/// </summary>
internal static partial class Words
{
    public static IReadOnlyList<string> Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        return WordPattern().Matches(text.ToLowerInvariant().Replace('\u2019', '\'')).Select(m => m.Value).ToList();
    }

    public static int Count(string? text) => Of(text).Count;

    /// <summary>A figure written in digits ("40%", "$5", "3.5", "2019").</summary>
    public static bool HasDigit(string word) => word.Any(char.IsDigit);

    [GeneratedRegex(@"[$£€]?[\p{L}\p{N}]+(?:['.&][\p{L}\p{N}]+)*%?", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
