namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>The analysis run's own stage timings (from its result), read by the host, which may see the Analysis module.</summary>
public sealed record AnalysisTimingsSnapshot(double TotalSeconds, double RealTimeFactor, IReadOnlyDictionary<string, double> Stages);
