namespace InterviewInsight.Modules.Engines.Content.Embeddings;

/// <summary>
/// The GloVe 6B 100d top-200k table (models/text): a float16 little-endian row-major matrix plus a vocabulary whose line i
/// names row i, in corpus-frequency order (rank 0 = "the"). Loaded once and read-only afterwards, so it is thread-safe.
/// </summary>
internal sealed class GloveVectors
{
    public const string VectorsFile = "text/glove.6B.100d.top200k.f16.bin";
    public const string VocabularyFile = "text/glove.6B.100d.top200k.vocab.txt";

    private readonly Dictionary<string, int> rows;
    private readonly float[] values;

    private GloveVectors(Dictionary<string, int> rows, float[] values, int dimensions)
    {
        this.rows = rows;
        this.values = values;
        Dimensions = dimensions;
    }

    public int Dimensions { get; }

    public int Count => this.rows.Count;

    /// <summary>Loads the two files under a models folder; throws naming the file that is missing or malformed.</summary>
    public static GloveVectors Load(string modelsPath) =>
        Load(Path.Combine(modelsPath, VectorsFile), Path.Combine(modelsPath, VocabularyFile));

    public static GloveVectors Load(string vectorsPath, string vocabularyPath)
    {
        foreach (var path in new[] { vectorsPath, vocabularyPath })
        {
            if (!File.Exists(path))
            {
                throw new FileNotFoundException($"GloVe model file '{path}' is missing; install the text models (models/models.json: glove-6b-100d-*).", path);
            }
        }

        var words = File.ReadAllLines(vocabularyPath);
        var bytes = File.ReadAllBytes(vectorsPath);
        if (words.Length == 0 || bytes.Length % (2 * words.Length) != 0)
        {
            throw new InvalidDataException($"'{vectorsPath}' ({bytes.Length} bytes) does not hold float16 rows for the {words.Length} words of '{vocabularyPath}'.");
        }

        var dimensions = bytes.Length / (2 * words.Length);
        var values = new float[words.Length * dimensions];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (float)BitConverter.ToHalf(bytes, 2 * i);
        }

        // First occurrence wins: it is the more frequent spelling when a token repeats.
        var rows = new Dictionary<string, int>(words.Length, StringComparer.Ordinal);
        for (var i = 0; i < words.Length; i++)
        {
            rows.TryAdd(words[i], i);
        }

        return new GloveVectors(rows, values, dimensions);
    }

    /// <summary>Frequency rank (0 = most frequent) of a lower-case token, or -1 when it is not in the table.</summary>
    public int RankOf(string token) => this.rows.TryGetValue(token, out var row) ? row : -1;

    public ReadOnlySpan<float> Row(int rank) => this.values.AsSpan(rank * Dimensions, Dimensions);
}
