namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>Reads the stage timings of a session's latest succeeded run; null when they are not available.</summary>
public delegate Task<AnalysisTimingsSnapshot?> AnalysisTimingsReader(string ownerId, Guid sessionId, CancellationToken ct);
