using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace InterviewInsight.Modules.Analysis.Content.Embeddings;

/// <summary>
/// Sentence vectors from GloVe word vectors with SIF weighting (Arora et al. 2017, "A simple but tough-to-beat baseline
/// for sentence embeddings"): each known word is weighted a/(a+p(w)) so frequent words ("the", "and") count little, the
/// weighted vectors are averaged, and, when a call embeds several sentences, the first principal component of the batch
/// (the direction all sentences share, mostly syntax and frequency) is removed.
/// p(w) comes from the vocabulary rank by Zipf's law, p(w) ≈ 1/((rank+1)·(ln N + γ)), since the table has no counts.
/// Everything is deterministic: fixed tokenisation, a fixed power-iteration start vector and a fixed iteration count.
/// </summary>
internal sealed partial class GloveSifEmbedder : IEmbedder
{
    /// <summary>SIF smoothing constant a (the paper's recommended 1e-3).</summary>
    public const double SifA = 1e-3;

    /// <summary>Below this many sentences the batch is too small to estimate a shared direction; it would remove the topic itself.</summary>
    public const int DefaultPrincipalComponentMinSentences = 5;

    private const double EulerGamma = 0.5772156649;
    private const int PowerIterations = 50;

    // One table per file per process: 40 MB of vectors are worth loading once.
    private static readonly ConcurrentDictionary<string, Lazy<GloveVectors>> Tables = new(StringComparer.Ordinal);

    private readonly Lazy<GloveVectors> _vectors;
    private readonly int _principalComponentMinSentences;

    /// <param name="modelsPath">Folder holding text/glove.6B.100d.top200k.f16.bin and .vocab.txt (Models:Path).</param>
    /// <param name="principalComponentMinSentences">Batch size from which the shared component is removed.</param>
    public GloveSifEmbedder(string modelsPath, int principalComponentMinSentences = DefaultPrincipalComponentMinSentences)
    {
        var key = Path.GetFullPath(modelsPath);
        _vectors = Tables.GetOrAdd(key, path => new Lazy<GloveVectors>(() => GloveVectors.Load(path), LazyThreadSafetyMode.ExecutionAndPublication));
        _principalComponentMinSentences = principalComponentMinSentences;
    }

    public string Engine => "glove-6b-100d-sif";

    public bool BatchDependent => _principalComponentMinSentences < int.MaxValue;

    /// <summary>Loads the table now (it is otherwise loaded on first use) so a missing file is reported at start-up.</summary>
    public void EnsureLoaded() => _ = _vectors.Value;

    public Task<float[][]> EmbedAsync(IReadOnlyList<string> sentences, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var vectors = _vectors.Value;
        var embedded = sentences.Select(s => Embed(vectors, s)).ToArray();
        if (embedded.Length >= Math.Max(2, _principalComponentMinSentences))
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

    private static float[] Embed(GloveVectors vectors, string sentence)
    {
        var sum = new double[vectors.Dimensions];
        var normaliser = Math.Log(vectors.Count) + EulerGamma;
        var words = 0;
        foreach (var token in Tokens(sentence, t => vectors.RankOf(t) >= 0))
        {
            var rank = vectors.RankOf(token);
            if (rank < 0)
            {
                continue;
            }

            var probability = 1.0 / ((rank + 1) * normaliser);
            var weight = SifA / (SifA + probability);
            var row = vectors.Row(rank);
            for (var d = 0; d < sum.Length; d++)
            {
                sum[d] += weight * row[d];
            }

            words++;
        }

        return sum.Select(v => words == 0 ? 0f : (float)(v / words)).ToArray();
    }

    /// <summary>v ← v − (v·u)u with u the top right-singular vector of the batch (power iteration on XᵀX).</summary>
    private static void RemoveFirstPrincipalComponent(float[][] batch)
    {
        var dimensions = batch[0].Length;
        var u = Enumerable.Repeat(1.0 / Math.Sqrt(dimensions), dimensions).ToArray();
        for (var iteration = 0; iteration < PowerIterations; iteration++)
        {
            var next = new double[dimensions];
            foreach (var row in batch)
            {
                var projection = Dot(row, u);
                for (var d = 0; d < dimensions; d++)
                {
                    next[d] += projection * row[d];
                }
            }

            var norm = Math.Sqrt(next.Sum(x => x * x));
            if (norm == 0)
            {
                return;
            }

            u = next.Select(x => x / norm).ToArray();
        }

        foreach (var row in batch)
        {
            var projection = Dot(row, u);
            for (var d = 0; d < dimensions; d++)
            {
                row[d] = (float)(row[d] - (projection * u[d]));
            }
        }
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

    [GeneratedRegex("[a-z0-9]+(?:'[a-z]+)?", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();
}
