namespace InterviewInsight.Modules.Engines.Content.Embeddings;

/// <summary>
/// How one embedder's cosines become 0..1 scores, chosen by the engine name the embedder reports: question vs answer
/// (<see cref="Relevance"/>) and sentence vs next sentence (<see cref="Coherence"/>). Figures from
/// ContentAccuracyReport on the shared reference transcripts (docs/accuracy.md, "Content relevance").
/// </summary>
internal sealed record EmbedderCalibration(SimilarityScale Relevance, SimilarityScale Coherence)
{
    /// <summary>
    /// GloVe+SIF (function words out, common component removed). Question vs answer: off-topic pairs average 0.18 and
    /// on-topic ones 0.46; a clearly on-topic STAR answer that shares few words with its question measures about 0.32, so
    /// 0.15 → 0 and 0.5 → 1. Sentence vs next: consecutive sentences of one story share few content words (about
    /// 0.15-0.35 in a coherent answer, near 0 for unrelated sentences), so 0 → 0 and 0.3 → 1.
    /// </summary>
    public static readonly EmbedderCalibration Glove = new(new SimilarityScale(0.15, 0.5), new SimilarityScale(0.0, 0.3));

    /// <summary>
    /// all-MiniLM-L6-v2 (mean pooled, unit length). Question vs answer on the shared reference transcripts: off-topic
    /// pairs average 0.06 (highest 0.30) and on-topic ones 0.40 (lowest 0.29); the hand-written answers of the
    /// interviewer's tests measure 0.25-0.64 against their questions and the holiday story at most 0.14. So 0.15 → 0
    /// (off-topic answers score about 0.02) and 0.55 → 1 (on-topic ones about 0.60). Sentence vs next sentence in the
    /// hand-written stories: 0.32 on average, against 0.17 for sentences of two different stories, so 0.15 → 0 and 0.45 → 1
    /// (0.56 vs 0.06; ContentAccuracyReportTests prints both engines' figures).
    /// </summary>
    public static readonly EmbedderCalibration MiniLm = new(new SimilarityScale(0.15, 0.55), new SimilarityScale(0.15, 0.45));

    /// <summary>OpenAI text-embedding-3 and similar hosted models (not measured here): unrelated ≈ 0.1, close paraphrase ≈ 0.6+.</summary>
    public static readonly EmbedderCalibration Transformer = new(new SimilarityScale(0.15, 0.6), new SimilarityScale(0.1, 0.5));

    public static EmbedderCalibration ForEngine(string engine) =>
        engine.StartsWith("glove", StringComparison.Ordinal) ? Glove
        : engine == MiniLmEmbedder.EngineName ? MiniLm
        : Transformer;
}
