namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>The speed targets of docs/architecture.md ("Speed targets") and issues 3 and 4 (real-time factor = processing time / media time).</summary>
internal static class BenchmarkTargets
{
    public const double SpeechRealTimeFactor = 0.3;
    public const double PipelineOverBareEngine = 1.1;
    public const double VisionFiveFpsRealTimeFactor = 0.15;
    public const double WholeRealTimeFactor = 0.4;
}
