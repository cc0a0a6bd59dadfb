namespace InterviewInsight.Modules.Analysis.Speech.Transcription;

/// <summary>A transcript with word timings and the engine that produced it.</summary>
internal sealed record Transcript(string Text, IReadOnlyList<TranscriptWord> Words, string Engine, bool LowAccuracy);
