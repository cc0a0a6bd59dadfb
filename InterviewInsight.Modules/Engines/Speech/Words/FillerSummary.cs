namespace InterviewInsight.Modules.Engines.Speech.Words;

/// <summary>The <c>fillers</c> object of the result JSON.</summary>
/// <param name="Count">Fillers found.</param>
/// <param name="PerMinute">Fillers per minute of speaking time (VAD speech), the unit of the filler band (~5 fine, ~12 hurts).</param>
/// <param name="Per100Words">Fillers per 100 transcribed words (fillers included).</param>
/// <param name="Items">Each filler with its time span.</param>
public sealed record FillerSummary(int Count, double PerMinute, double Per100Words, IReadOnlyList<TimedPhrase> Items);
