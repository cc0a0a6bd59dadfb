namespace InterviewInsight.Modules.Analysis.Contracts;

/// <summary>
/// A run's state as pushed through the progress bus on <see cref="TopicFor"/> and read from <see cref="IAnalysisApi"/>:
/// status, the stage in words, percent done, and a readable reason when it failed.
/// </summary>
public sealed record AnalysisProgress(
    Guid SessionId, Guid RunId, int Version, AnalysisRunStatus Status, string? Stage, double Percent, string? Error, DateTime CreatedAt, DateTime? FinishedAt)
{
    public bool IsFinished => Status is AnalysisRunStatus.Succeeded or AnalysisRunStatus.Failed;

    public static string TopicFor(Guid sessionId) => $"analysis/{sessionId:N}";
}
