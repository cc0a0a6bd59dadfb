namespace InterviewInsight.Modules.Engines.Speech.Transcription;

public sealed record TranscriptWord(string Text, double Start, double End, double Confidence);

internal sealed record Transcript(string Text, IReadOnlyList<TranscriptWord> Words, string Engine, bool LowAccuracy);
