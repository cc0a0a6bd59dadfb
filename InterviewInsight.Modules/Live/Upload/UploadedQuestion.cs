namespace InterviewInsight.Modules.Live.Upload;

/// <summary>A question asked in an uploaded recording and when (seconds from its start); the answer runs to the next one.</summary>
public sealed record UploadedQuestion(string Question, double Start);
