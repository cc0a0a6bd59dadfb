using InterviewInsight.Modules.Engines.Content.Embeddings;

namespace InterviewInsight.Modules.Engines.Content;

/// <summary>Settings of the content analysis (configuration section Analysis:Content).</summary>
internal sealed record ContentOptions
{
    public static readonly ContentOptions Default = new();

    /// <summary>Answer length target (docs/architecture.md, "Scores": a 1-2 minute answer).</summary>
    public double TargetMinSeconds { get; init; } = 60;

    public double TargetMaxSeconds { get; init; } = 120;

    /// <summary>How many job-description terms to check.</summary>
    public int JobDescriptionTerms { get; init; } = 15;

    /// <summary>Overrides the engine's similarity calibration; null uses <see cref="SimilarityScale.ForEngine"/>.</summary>
    public SimilarityScale? Scale { get; init; }

    /// <summary>Overrides the engine's sentence-to-sentence calibration; null uses <see cref="SimilarityScale.CoherenceForEngine"/>.</summary>
    public SimilarityScale? CoherenceScale { get; init; }
}
