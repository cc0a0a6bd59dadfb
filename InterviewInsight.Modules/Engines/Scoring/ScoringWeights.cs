namespace InterviewInsight.Modules.Engines.Scoring;

/// <summary>
/// Weights of the sub-scores inside each score and of the scores inside Overall (docs/architecture.md, "Evidence bands": structured, relevant
/// content matters most, visual signals least). Weights of missing sub-scores are left out and the rest renormalised;
/// the missing share lowers the score's confidence instead.
/// </summary>
internal sealed record ScoringWeights
{
    public static readonly ScoringWeights Default = new();

    /// <summary>Overall = 0.5 Content + 0.3 Delivery + 0.2 Presence (renormalised over the scores that exist).</summary>
    public double Content { get; init; } = 0.5;

    public double Delivery { get; init; } = 0.3;

    public double Presence { get; init; } = 0.2;

    /// <summary>
    /// Content: relevance 0.30, STAR 0.28, specificity 0.20, coherence 0.05 (a weak signal with word vectors), vocabulary
    /// 0.05, length 0.05, "we" share 0.02, JD terms 0.05 (only with a JD).
    /// </summary>
    public IReadOnlyDictionary<string, double> ContentComponents { get; init; } = new Dictionary<string, double>
    {
        ["relevance"] = 0.30, ["star"] = 0.28, ["specificity"] = 0.20, ["coherence"] = 0.05, ["vocabulary"] = 0.05,
        ["length"] = 0.05, ["we-share"] = 0.02, ["job-terms"] = 0.05,
    };

    /// <summary>Delivery: pace 0.30, fillers 0.30, mid-answer pauses 0.20, pitch variation 0.20 (fluency and fillers predict ratings most).</summary>
    public IReadOnlyDictionary<string, double> DeliveryComponents { get; init; } = new Dictionary<string, double>
    {
        ["pace"] = 0.30, ["fillers"] = 0.30, ["pauses"] = 0.20, ["pitch-variation"] = 0.20,
    };

    /// <summary>Presence: eye contact 0.35, longest look-away 0.20, face in view 0.20, head movement 0.15, smiling 0.10.</summary>
    public IReadOnlyDictionary<string, double> PresenceComponents { get; init; } = new Dictionary<string, double>
    {
        ["eye-contact"] = 0.35, ["look-away"] = 0.20, ["face-present"] = 0.20, ["head-movement"] = 0.15, ["smile"] = 0.10,
    };
}
