using InterviewInsight.Modules.Engines.Speech.Transcription;

namespace InterviewInsight.Modules.Live.Contracts;

/// <summary>
/// An answer's words with times on the session clock, made for the interviewer right after the answer ended; the
/// session's analysis reuses it instead of transcribing the answer again.
/// </summary>
public sealed record AnswerTranscript(string Text, IReadOnlyList<TranscriptWord> Words, string Engine, bool LowAccuracy, double SpeechSeconds, double DurationSeconds);
