namespace InterviewInsight.Modules.Engines.Scoring;

/// <summary>The <c>scores</c> object of the result JSON: each score is null when its modality is missing or unusable.</summary>
public sealed record ScoreSet(Score? Overall, Score? Content, Score? Delivery, Score? Presence);

/// <summary>
/// A 0-100 score: the weighted mean of its components' band scores. Confidence (0..1) combines the modality's quality
/// (transcript confidence, quality flags, vision confidence) with the share of the intended weight that could be
/// measured.
/// </summary>
/// <param name="Id">Stable id: score.overall, score.content, score.delivery, score.presence.</param>
/// <param name="Value">0-100.</param>
/// <param name="Confidence">0..1.</param>
/// <param name="Components">The sub-scores that were measured.</param>
/// <param name="Evidence">Moments (and quotes) that support the score.</param>
/// <param name="Band">The value in words: "strong" (85+), "good" (70-85), "fair" (50-70) or "needs work" (below 50).</param>
public sealed record Score(
    string Id, double Value, double Confidence, string Band, IReadOnlyList<ScoreComponent> Components, IReadOnlyList<ScoreEvidence> Evidence)
{
    public static string Label(double value) => value >= 85 ? "strong" : value >= 70 ? "good" : value >= 50 ? "fair" : "needs work";
}

/// <summary>One sub-score.</summary>
/// <param name="Id">Stable id, e.g. "score.delivery.pace".</param>
/// <param name="Name">Display name, e.g. "Pace".</param>
/// <param name="Value">Band score 0-100 (mean over answers for per-answer measures).</param>
/// <param name="Weight">Weight inside its score after renormalisation (weights of a score sum to 1).</param>
/// <param name="Measured">The measured value in the band's unit.</param>
/// <param name="MeasuredText">The measured value in words, e.g. "142 wpm".</param>
/// <param name="Band">The band in words, e.g. "ideal 120-165 wpm; scores 0 at 100 or below and at 190 or above".</param>
/// <param name="Position">"below", "within" or "above" the ideal range.</param>
/// <param name="Confidence">Confidence of the measurement (0..1).</param>
public sealed record ScoreComponent(
    string Id, string Name, double Value, double Weight, double Measured, string MeasuredText, string Band, string Position, double Confidence);

/// <summary>A moment that supports a score: a time range and, for content, the quoted words.</summary>
public sealed record ScoreEvidence(double Start, double End, string? Quote);
