namespace InterviewInsight.Modules.Engines.Speech;

/// <summary>Wall-clock time of the speech pipeline: total, real-time factor (time / media duration) and per stage.</summary>
internal sealed record SpeechTimings(double TotalSeconds, double RealTimeFactor, IReadOnlyDictionary<string, double> Stages);
