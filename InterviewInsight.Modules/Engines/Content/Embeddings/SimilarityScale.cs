namespace InterviewInsight.Modules.Engines.Content.Embeddings;

/// <summary>
/// Maps an engine's raw cosine onto 0..1: value = clamp((cosine − Floor) / (Ceiling − Floor), 0, 1). Raw cosines are not
/// comparable across engines, so each engine gets its own floor and ceiling.
/// </summary>
/// <param name="Floor">Cosine at or below which texts count as unrelated (value 0).</param>
/// <param name="Ceiling">Cosine at or above which texts count as fully related (value 1).</param>
internal sealed record SimilarityScale(double Floor, double Ceiling)
{
    /// <summary>
    /// GloVe+SIF (function words out, common component removed), question vs answer: on the shared reference transcripts
    /// (ContentAccuracyReport) off-topic pairs average 0.18 and on-topic ones 0.46; a clearly on-topic STAR answer that
    /// shares few words with its question measures about 0.32. So 0.15 → 0 and 0.5 → 1.
    /// </summary>
    public static readonly SimilarityScale Glove = new(0.15, 0.5);

    /// <summary>
    /// GloVe+SIF, sentence vs next sentence: consecutive sentences of one story share few content words, so their cosine
    /// is lower than answer-vs-question (about 0.15-0.35 in a coherent answer, near 0 for unrelated sentences).
    /// </summary>
    public static readonly SimilarityScale GloveCoherence = new(0.0, 0.3);

    /// <summary>OpenAI text-embedding-3 and MiniLM-class models: unrelated ≈ 0.1, close paraphrase ≈ 0.6+.</summary>
    public static readonly SimilarityScale Transformer = new(0.15, 0.6);

    /// <summary>Transformer models, sentence vs next sentence.</summary>
    public static readonly SimilarityScale TransformerCoherence = new(0.1, 0.5);

    public static SimilarityScale ForEngine(string engine) => IsGlove(engine) ? Glove : Transformer;

    public static SimilarityScale CoherenceForEngine(string engine) => IsGlove(engine) ? GloveCoherence : TransformerCoherence;

    private static bool IsGlove(string engine) => engine.StartsWith("glove", StringComparison.Ordinal);

    public double Map(double cosine) => Math.Clamp((cosine - Floor) / (Ceiling - Floor), 0, 1);
}
