namespace InterviewInsight.Modules.Engines.Speech;

/// <summary>
/// 1 s resolution series for the dashboard charts (the result JSON's <c>timeline</c>): value i covers [i, i+1) s; null
/// where a value does not exist (no voiced pitch in that second).
/// </summary>
/// <param name="StepSeconds">Always 1.</param>
/// <param name="Series">wpm (centred 5 s window), pitchHz (median voiced), energyDb (mean frame level), fillers (count
/// starting in the second), speech (share of the second with detected speech).</param>
internal sealed record SpeechTimeline(double StepSeconds, IReadOnlyDictionary<string, double?[]> Series);
