namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>One benchmark recording on disk: the seekable video (with audio) and its 16 kHz mono WAV.</summary>
internal sealed record BenchmarkMedia(string VideoPath, string WavPath, double DurationSeconds);
