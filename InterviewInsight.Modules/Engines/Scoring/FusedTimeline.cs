namespace InterviewInsight.Modules.Engines.Scoring;

/// <summary>
/// The <c>timeline</c> object of the result JSON: every 1 s series on the session clock (value i covers [i, i+1) s),
/// all the same length; null where a value does not exist.
/// </summary>
internal sealed record FusedTimeline(double StepSeconds, IReadOnlyDictionary<string, double?[]> Series);
