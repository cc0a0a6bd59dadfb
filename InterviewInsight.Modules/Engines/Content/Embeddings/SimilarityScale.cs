namespace InterviewInsight.Modules.Engines.Content.Embeddings;

/// <summary>
/// Maps an engine's raw cosine onto 0..1: value = clamp((cosine − Floor) / (Ceiling − Floor), 0, 1). Raw cosines are not
/// comparable across engines, so each engine gets its own floor and ceiling (<see cref="EmbedderCalibration"/>).
/// </summary>
/// <param name="Floor">Cosine at or below which texts count as unrelated (value 0).</param>
/// <param name="Ceiling">Cosine at or above which texts count as fully related (value 1).</param>
internal sealed record SimilarityScale(double Floor, double Ceiling)
{
    public static SimilarityScale ForEngine(string engine) => EmbedderCalibration.ForEngine(engine).Relevance;

    public static SimilarityScale CoherenceForEngine(string engine) => EmbedderCalibration.ForEngine(engine).Coherence;

    public double Map(double cosine) => Math.Clamp((cosine - Floor) / (Ceiling - Floor), 0, 1);
}
