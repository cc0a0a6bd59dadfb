namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>A sampled token and its probability under the filtered distribution it was picked from.</summary>
internal sealed record WhisperDecodedToken(int Id, double Probability);
