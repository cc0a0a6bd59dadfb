namespace InterviewInsight.Modules.Engines.Speech.Words;

/// <summary>A word or phrase found in the transcript, with its time span in seconds.</summary>
public sealed record TimedPhrase(string Text, double Start, double End);
