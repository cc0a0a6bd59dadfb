namespace InterviewInsight.Modules.Engines.Content.Structure;

/// <summary>Lexical richness of an answer's word tokens (see <see cref="VocabularyMeasure"/> for the three measures).</summary>
internal static class VocabularyRichness
{
    public const int MattrWindow = 50;
    public const double MtldThreshold = 0.72;

    public static VocabularyMeasure Measure(IReadOnlyList<string> tokens)
    {
        var types = tokens.Distinct(StringComparer.Ordinal).Count();
        var ttr = tokens.Count > 0 ? types / (double)tokens.Count : 0;
        return new VocabularyMeasure(tokens.Count, types, ttr, MovingAverageTtr(tokens, ttr), tokens.Count >= MattrWindow ? Mtld(tokens) : null);
    }

    private static double MovingAverageTtr(IReadOnlyList<string> tokens, double ttr)
    {
        if (tokens.Count <= MattrWindow)
        {
            return ttr;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < MattrWindow; i++)
        {
            counts[tokens[i]] = counts.GetValueOrDefault(tokens[i]) + 1;
        }

        double sum = counts.Count;
        for (var i = MattrWindow; i < tokens.Count; i++)
        {
            var leaving = tokens[i - MattrWindow];
            if (--counts[leaving] == 0)
            {
                counts.Remove(leaving);
            }

            counts[tokens[i]] = counts.GetValueOrDefault(tokens[i]) + 1;
            sum += counts.Count;
        }

        return sum / ((tokens.Count - MattrWindow + 1) * (double)MattrWindow);
    }

    /// <summary>MTLD: mean length of stretches that keep TTR above 0.72, forward and backward averaged (partial stretch pro rata).</summary>
    private static double Mtld(IReadOnlyList<string> tokens) => (MtldOneWay(tokens) + MtldOneWay(tokens.Reverse().ToList())) / 2;

    private static double MtldOneWay(IReadOnlyList<string> tokens)
    {
        var factors = 0.0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var length = 0;
        foreach (var token in tokens)
        {
            seen.Add(token);
            length++;
            if (seen.Count / (double)length <= MtldThreshold)
            {
                factors++;
                seen.Clear();
                length = 0;
            }
        }

        if (length > 0)
        {
            factors += (1 - (seen.Count / (double)length)) / (1 - MtldThreshold);
        }

        return factors > 0 ? tokens.Count / factors : tokens.Count;
    }
}
