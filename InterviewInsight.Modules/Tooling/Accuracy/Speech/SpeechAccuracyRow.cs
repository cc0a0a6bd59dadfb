namespace InterviewInsight.Modules.Tooling.Accuracy.Speech;

/// <summary>One clip transcribed by one engine: WER against its reference, real-time factor (decode time / duration).</summary>
internal sealed record SpeechAccuracyRow(
    string File, string Engine, double DurationSeconds, int ReferenceWords, double WordErrorRate, double RealTimeFactor, string Hypothesis);
