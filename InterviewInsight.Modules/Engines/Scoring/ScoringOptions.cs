namespace InterviewInsight.Modules.Engines.Scoring;

/// <summary>Scoring settings (configuration section Analysis:Scoring).</summary>
internal sealed record ScoringOptions
{
    /// <summary>The sub-scores an accommodation drops: eye contact, look-away and smiling (facial), pitch variation (voice).</summary>
    public static readonly IReadOnlyList<string> DefaultAccommodationDrops =
        ["score.presence.eye-contact", "score.presence.look-away", "score.presence.smile", "score.delivery.pitch-variation"];

    // Below the drops: static fields initialise in order, and Default reads them.
    public static readonly ScoringOptions Default = new();

    public ScoringBands Bands { get; init; } = ScoringBands.Default;

    public ScoringWeights Weights { get; init; } = ScoringWeights.Default;

    /// <summary>docs/architecture.md, "Evidence bands": an accommodation mode drops eye-contact, facial and voice metrics from scoring.</summary>
    public bool AccommodationMode { get; init; }

    public IReadOnlyList<string> AccommodationDrops { get; init; } = DefaultAccommodationDrops;

    /// <summary>A modality whose confidence falls below this drops out of scoring (it is reported, not scored).</summary>
    public double MinModalityConfidence { get; init; } = 0.15;

    /// <summary>Confidence multiplier per audio or transcript quality flag.</summary>
    public double PenaltyPerQualityFlag { get; init; } = 0.6;

    /// <summary>Confidence used for a transcript whose engine reports no word confidence.</summary>
    public double UnknownTranscriptConfidence { get; init; } = 0.5;

    /// <summary>Window for the densest-filler and fastest-stretch segments.</summary>
    public double SegmentWindowSeconds { get; init; } = 10;

    public bool Drops(string componentId) => AccommodationMode && AccommodationDrops.Contains(componentId, StringComparer.Ordinal);
}
