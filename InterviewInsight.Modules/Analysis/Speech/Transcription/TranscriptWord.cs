namespace InterviewInsight.Modules.Analysis.Speech.Transcription;

/// <summary>One recognised word: times in seconds, confidence 0..1.</summary>
internal sealed record TranscriptWord(string Text, double Start, double End, double Confidence);
