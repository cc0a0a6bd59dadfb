namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>The benchmarked interview did not reach a dashboard (the analysis run failed or never finished); the message says why.</summary>
public sealed class LiveBenchmarkFailedException(string message) : Exception(message);
