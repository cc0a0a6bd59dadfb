namespace InterviewInsight.Modules.Engines.Content.Embeddings;

/// <summary>Sentence embeddings (docs/architecture.md, "Scores"): GloVe+SIF always, an OpenAI-compatible endpoint when configured.</summary>
internal interface IEmbedder
{
    /// <summary>Names the engine in the result's provenance, e.g. "glove-6b-100d-sif".</summary>
    string Engine { get; }

    /// <summary>One vector per sentence, in input order. Vectors of one call share a space and can be compared by cosine.</summary>
    Task<float[][]> EmbedAsync(IReadOnlyList<string> sentences, CancellationToken ct);

    /// <summary>
    /// True when a vector depends on the other sentences of the call (GloVe+SIF removes the batch's common component).
    /// Callers that need fixed, calibrated cosines then embed texts one per call.
    /// </summary>
    bool BatchDependent => false;
}
