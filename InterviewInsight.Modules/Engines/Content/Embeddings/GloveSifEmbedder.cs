using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace InterviewInsight.Modules.Engines.Content.Embeddings;

/// <summary>
/// Sentence vectors from GloVe word vectors with SIF weighting (Arora et al. 2017, "A simple but tough-to-beat baseline
/// for sentence embeddings"): each known word except function words ("the", "of", "you") is weighted a/(a+p(w)), the
/// weighted vectors are averaged, and the common component is removed.
/// <list type="bullet">
/// <item>p(w) comes from the vocabulary rank by Zipf's law, p(w) ≈ 1/((rank+1)·(ln N + γ)), since the table has no counts.</item>
/// <item>Common component: SIF removes the first principal component of a corpus of sentences. Without a corpus, the
/// fixed direction used here is the first principal component of the SIF-weighted vectors of the 20,000 most frequent
/// words (computed once at load). On the shared reference transcripts this and the function-word filter raise the
/// on/off-topic pairwise win rate from 0.79 to 0.93 (ContentAccuracyReport).</item>
/// <item>When one call embeds several sentences (at least the configured minimum), the first principal component of
/// that batch is removed as well, as in the paper; vectors then depend on the batch (<see cref="BatchDependent"/>).</item>
/// </list>
/// Everything is deterministic: fixed tokenisation, fixed power-iteration start vectors and iteration counts.
/// </summary>
internal sealed partial class GloveSifEmbedder : IEmbedder
{
    /// <summary>SIF smoothing constant a (the paper's recommended 1e-3).</summary>
    public const double SifA = 1e-3;

    /// <summary>Below this many sentences the batch is too small to estimate a shared direction; it would remove the topic itself.</summary>
    public const int DefaultPrincipalComponentMinSentences = 5;

    /// <summary>How many of the most frequent words define the fixed common component.</summary>
    public const int CommonComponentWords = 20_000;

    private const double EulerGamma = 0.5772156649;
    private const int PowerIterations = 100;

    // One table (and its common component) per file per process: 40 MB of vectors are worth loading once.
    private static readonly ConcurrentDictionary<string, Lazy<(GloveVectors Vectors, double[] Common)>> Tables = new(StringComparer.Ordinal);

    private readonly Lazy<(GloveVectors Vectors, double[] Common)> table;
    private readonly int principalComponentMinSentences;

    /// <param name="modelsPath">Folder holding text/glove.6B.100d.top200k.f16.bin and .vocab.txt (Models:Path).</param>
    /// <param name="principalComponentMinSentences">Batch size from which the shared component is removed.</param>
    public GloveSifEmbedder(string modelsPath, int principalComponentMinSentences = DefaultPrincipalComponentMinSentences)
    {
        var key = Path.GetFullPath(modelsPath);
        table = Tables.GetOrAdd(key, path => new Lazy<(GloveVectors, double[])>(() => LoadTable(path), LazyThreadSafetyMode.ExecutionAndPublication));
        this.principalComponentMinSentences = principalComponentMinSentences;
    }

    public string Engine => "glove-6b-100d-sif";

    public bool BatchDependent => this.principalComponentMinSentences < int.MaxValue;

    /// <summary>Loads the table now (it is otherwise loaded on first use) so a missing file is reported at start-up.</summary>
    public void EnsureLoaded() => _ = this.table.Value;

    public Task<float[][]> EmbedAsync(IReadOnlyList<string> sentences, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var (vectors, common) = this.table.Value;
        var embedded = sentences.Select(s => Embed(vectors, common, s)).ToArray();
        if (embedded.Length >= Math.Max(2, this.principalComponentMinSentences))
        {
            RemoveFirstPrincipalComponent(embedded);
        }

        return Task.FromResult(embedded);
    }

    /// <summary>
    /// Lower-case word tokens as this GloVe table spells them: its packaging dropped apostrophes, so "don't" → "do", "nt"
    /// and "it's" → "it", "s" (unknown parts are skipped when embedding).
    /// </summary>
    public static IEnumerable<string> Tokens(string sentence, Func<string, bool> known)
    {
        foreach (Match match in WordPattern().Matches(sentence.ToLowerInvariant().Replace('\u2019', '\'')))
        {
            var token = match.Value;
            var apostrophe = token.IndexOf('\'', StringComparison.Ordinal);
            if (apostrophe < 0 || known(token))
            {
                yield return token;
            }
            else if (token.EndsWith("n't", StringComparison.Ordinal) && token.Length > 3)
            {
                yield return token[..^3];
                yield return "nt";
            }
            else
            {
                yield return token[..apostrophe];
                yield return token[(apostrophe + 1)..];
            }
        }
    }

    private static (GloveVectors, double[]) LoadTable(string modelsPath)
    {
        var vectors = GloveVectors.Load(modelsPath);
        var rows = Math.Min(CommonComponentWords, vectors.Count);
        var batch = new float[rows][];
        for (var rank = 0; rank < rows; rank++)
        {
            var weight = SifWeight(vectors, rank);
            batch[rank] = vectors.Row(rank).ToArray().Select(v => (float)(weight * v)).ToArray();
        }

        return (vectors, FirstPrincipalComponent(batch) ?? new double[vectors.Dimensions]);
    }

    private static double SifWeight(GloveVectors vectors, int rank)
    {
        var probability = 1.0 / ((rank + 1) * (Math.Log(vectors.Count) + EulerGamma));
        return SifA / (SifA + probability);
    }

    private static float[] Embed(GloveVectors vectors, double[] common, string sentence)
    {
        var sum = new double[vectors.Dimensions];
        var words = 0;
        foreach (var token in Tokens(sentence, t => vectors.RankOf(t) >= 0))
        {
            var rank = vectors.RankOf(token);
            if (rank < 0 || FunctionWords.Contains(token))
            {
                continue;
            }

            var weight = SifWeight(vectors, rank);
            var row = vectors.Row(rank);
            for (var d = 0; d < sum.Length; d++)
            {
                sum[d] += weight * row[d];
            }

            words++;
        }

        if (words == 0)
        {
            return new float[vectors.Dimensions];
        }

        var projection = sum.Zip(common, (v, u) => v * u).Sum();
        return sum.Select((v, d) => (float)((v - (projection * common[d])) / words)).ToArray();
    }

    /// <summary>v ← v − (v·u)u with u the top right-singular vector of the batch.</summary>
    private static void RemoveFirstPrincipalComponent(float[][] batch)
    {
        var u = FirstPrincipalComponent(batch);
        if (u is null)
        {
            return;
        }

        foreach (var row in batch)
        {
            var projection = Dot(row, u);
            for (var d = 0; d < row.Length; d++)
            {
                row[d] = (float)(row[d] - (projection * u[d]));
            }
        }
    }

    /// <summary>Top right-singular vector of the rows (power iteration on XᵀX from a fixed start); null for an all-zero batch.</summary>
    private static double[]? FirstPrincipalComponent(float[][] rows)
    {
        var dimensions = rows[0].Length;
        var gram = new double[dimensions, dimensions];
        foreach (var row in rows)
        {
            for (var i = 0; i < dimensions; i++)
            {
                for (var j = 0; j < dimensions; j++)
                {
                    gram[i, j] += row[i] * (double)row[j];
                }
            }
        }

        var u = Enumerable.Repeat(1.0 / Math.Sqrt(dimensions), dimensions).ToArray();
        for (var iteration = 0; iteration < PowerIterations; iteration++)
        {
            var next = new double[dimensions];
            for (var i = 0; i < dimensions; i++)
            {
                for (var j = 0; j < dimensions; j++)
                {
                    next[i] += gram[i, j] * u[j];
                }
            }

            var norm = Math.Sqrt(next.Sum(x => x * x));
            if (norm == 0)
            {
                return null;
            }

            u = next.Select(x => x / norm).ToArray();
        }

        return u;
    }

    private static double Dot(float[] row, double[] u)
    {
        double dot = 0;
        for (var d = 0; d < row.Length; d++)
        {
            dot += row[d] * u[d];
        }

        return dot;
    }

    /// <summary>Function words carry syntax, not topic; SIF's weighting shrinks them but they still pull every sentence together.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "as", "at", "be",
        "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does",
        "doing", "down", "during", "each", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her",
        "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
        "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "now", "of", "off", "on", "once", "only", "or",
        "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than",
        "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which",
        "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves",
    };

    [GeneratedRegex("[a-z0-9]+(?:'[a-z]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
