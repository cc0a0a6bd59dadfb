namespace InterviewInsight.Modules.Analysis.Content.Embeddings;

/// <summary>
/// Maps an engine's raw cosine onto 0..1: value = clamp((cosine − Floor) / (Ceiling − Floor), 0, 1). Raw cosines are not
/// comparable across engines: averaged GloVe vectors share a large common direction, so unrelated English sentences
/// already score about 0.7-0.8, while modern embedding models spread unrelated text near 0.1-0.3.
/// </summary>
/// <param name="Floor">Cosine at or below which texts count as unrelated (value 0).</param>
/// <param name="Ceiling">Cosine at or above which texts count as fully related (value 1).</param>
internal sealed record SimilarityScale(double Floor, double Ceiling)
{
    /// <summary>
    /// GloVe+SIF: measured on the shared test transcripts (ContentAccuracyReport) off-topic question/answer pairs sit
    /// around 0.75 and on-topic ones around 0.85-0.9, so 0.72 → 0 and 0.92 → 1.
    /// </summary>
    public static readonly SimilarityScale Glove = new(0.72, 0.92);

    /// <summary>OpenAI text-embedding-3 and MiniLM-class models: unrelated ≈ 0.1, close paraphrase ≈ 0.6+.</summary>
    public static readonly SimilarityScale Transformer = new(0.15, 0.6);

    public static SimilarityScale ForEngine(string engine) =>
        engine.StartsWith("glove", StringComparison.Ordinal) ? Glove : Transformer;

    public double Map(double cosine) => Math.Clamp((cosine - Floor) / (Ceiling - Floor), 0, 1);
}
