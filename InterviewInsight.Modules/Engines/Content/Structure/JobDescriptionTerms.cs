using InterviewInsight.Modules.Engines.Text;

namespace InterviewInsight.Modules.Engines.Content.Structure;

/// <summary>
/// The job description's top terms by plain term frequency (stop words, job-ad boilerplate and words under three letters
/// out; ties broken alphabetically so the list is stable), matched against the answer by a light stem, so "deploying"
/// and "deploys" cover "deploy".
/// </summary>
internal static class JobDescriptionTerms
{
    public const int DefaultTopTerms = 15;

    public static IReadOnlyList<string> TopTerms(string jobDescription, int count = DefaultTopTerms) =>
        Words.Of(jobDescription)
            .Where(t => t.Length >= 3 && !StopWords.Function.Contains(t) && !StopWords.JobAdBoilerplate.Contains(t) && !Words.HasDigit(t))
            .GroupBy(Stemmer.Stem, StringComparer.Ordinal)
            .Select(g => (Term: g.GroupBy(t => t, StringComparer.Ordinal).OrderByDescending(x => x.Count()).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key, Count: g.Count()))
            .OrderByDescending(t => t.Count)
            .ThenBy(t => t.Term, StringComparer.Ordinal)
            .Take(count)
            .Select(t => t.Term)
            .ToList();

    public static JobTermCoverage Cover(string jobDescription, IReadOnlyList<string> answerTokens, int count = DefaultTopTerms)
    {
        var terms = TopTerms(jobDescription, count);
        var answerStems = answerTokens.Select(Stemmer.Stem).ToHashSet(StringComparer.Ordinal);
        var covered = terms.Where(t => answerStems.Contains(Stemmer.Stem(t))).ToList();
        return new JobTermCoverage(terms, covered, terms.Count > 0 ? covered.Count / (double)terms.Count : 0);
    }
}
