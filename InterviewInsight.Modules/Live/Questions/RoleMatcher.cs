using InterviewInsight.Modules.Engines.Text;
namespace InterviewInsight.Modules.Live.Questions;

/// <summary>
/// Matches the free-text role and domain typed at set-up ("Senior backend dev", "Registered nurse, A&amp;E")
/// to the bank's roles. An alias matches when every one of its words appears in the text (after stemming,
/// allowing one-letter typos); a longer matching alias is stronger evidence ("account manager" beats "accounting").
/// The role field counts fully, the domain half, so "Project manager" in "Healthcare" stays a project manager.
/// </summary>
internal static class RoleMatcher
{
    private const double DomainWeight = 0.5;

    public static IReadOnlyList<RoleMatch> Match(IReadOnlyList<BankRole> roles, string? role, string? domain)
    {
        var roleWords = Words.Of(role);
        var domainWords = Words.Of(domain);
        var scored = new List<RoleMatch>();
        foreach (var bankRole in roles)
        {
            var (roleScore, roleAlias) = BestAlias(bankRole, roleWords);
            var (domainScore, domainAlias) = BestAlias(bankRole, domainWords);
            var score = roleScore + (DomainWeight * domainScore);
            if (score > 0)
            {
                scored.Add(new RoleMatch(bankRole, score, roleScore > 0 ? roleAlias : domainAlias));
            }
        }

        if (scored.Count == 0)
        {
            return [];
        }

        // Only the strongest matches count: "financial analyst" should not also pull in data science via "analyst".
        var best = scored.Max(m => m.Score);
        return scored.Where(m => m.Score >= best).OrderBy(m => m.Role.Id, StringComparer.Ordinal).ToList();
    }

    private static (double Score, string Alias) BestAlias(BankRole role, IReadOnlyList<string> words)
    {
        var best = (Score: 0.0, Alias: "");
        if (words.Count == 0)
        {
            return best;
        }

        foreach (var alias in role.Aliases)
        {
            var aliasWords = Words.Of(alias);
            if (aliasWords.Count > 0 && aliasWords.All(a => words.Any(w => Matches(a, w))) && aliasWords.Count > best.Score)
            {
                best = (aliasWords.Count, alias);
            }
        }

        return best;
    }

    // Short aliases (ux, ui, sre, tax) must match exactly: one edit away from a three-letter word is another word.
    private static bool Matches(string aliasWord, string word) =>
        aliasWord.Length <= 3 ? aliasWord == word : Stemmer.SameWord(aliasWord, word);
}
