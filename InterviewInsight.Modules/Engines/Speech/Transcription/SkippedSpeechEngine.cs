namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>An engine the selector passed over, with why (shown on the status page).</summary>
internal sealed record SkippedSpeechEngine(string Engine, string Reason);
