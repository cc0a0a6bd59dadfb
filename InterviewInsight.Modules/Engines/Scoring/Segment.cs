namespace InterviewInsight.Modules.Engines.Scoring;

/// <summary>
/// A segment card (<c>segments[]</c> of the result JSON): a moment worth replaying, what was measured there, and one
/// concrete suggestion.
/// </summary>
/// <param name="Id">Stable id "segment.&lt;kind&gt;.&lt;n&gt;", numbered by start time within the kind.</param>
/// <param name="Start">Clip start (seconds, session clock).</param>
/// <param name="End">Clip end.</param>
/// <param name="Kind">best-answer, off-topic, long-pause, filler-cluster, fastest-stretch, look-away or monotone.</param>
/// <param name="Measured">What was measured, with the number.</param>
/// <param name="Suggestion">One concrete thing to do differently (or to keep, for the best answer).</param>
public sealed record Segment(string Id, double Start, double End, string Kind, string Measured, string Suggestion);

/// <summary>
/// A recommendation (<c>recommendations[]</c>): one of the top changes by expected gain in Overall points, with the
/// moments that show it.
/// </summary>
/// <param name="Id">Stable id "recommendation.&lt;score&gt;.&lt;component&gt;", e.g. "recommendation.delivery.pace".</param>
/// <param name="ComponentId">The sub-score it would raise.</param>
/// <param name="Text">What to change, with the measured value and its band.</param>
/// <param name="Evidence">The segment cards of the same behaviour (time range and what was measured).</param>
/// <param name="ExpectedGain">Overall points if the sub-score reached its band: score weight × component weight × (100 − value).</param>
public sealed record Recommendation(string Id, string ComponentId, string Text, double ExpectedGain, IReadOnlyList<ScoreEvidence> Evidence);
