namespace InterviewInsight.Modules.Analysis.Content.Embeddings;

/// <summary>
/// Maps an engine's raw cosine onto 0..1: value = clamp((cosine − Floor) / (Ceiling − Floor), 0, 1). Raw cosines are not
/// comparable across engines, so each engine gets its own floor and ceiling.
/// </summary>
/// <param name="Floor">Cosine at or below which texts count as unrelated (value 0).</param>
/// <param name="Ceiling">Cosine at or above which texts count as fully related (value 1).</param>
internal sealed record SimilarityScale(double Floor, double Ceiling)
{
    /// <summary>
    /// GloVe+SIF (function words out, common component removed): on the shared reference transcripts
    /// (ContentAccuracyReport) off-topic question/answer pairs average 0.18 and on-topic ones 0.46, with the strongest
    /// on-topic pairs near 0.7, so 0.2 → 0 and 0.6 → 1.
    /// </summary>
    public static readonly SimilarityScale Glove = new(0.2, 0.6);

    /// <summary>OpenAI text-embedding-3 and MiniLM-class models: unrelated ≈ 0.1, close paraphrase ≈ 0.6+.</summary>
    public static readonly SimilarityScale Transformer = new(0.15, 0.6);

    public static SimilarityScale ForEngine(string engine) =>
        engine.StartsWith("glove", StringComparison.Ordinal) ? Glove : Transformer;

    public double Map(double cosine) => Math.Clamp((cosine - Floor) / (Ceiling - Floor), 0, 1);
}
