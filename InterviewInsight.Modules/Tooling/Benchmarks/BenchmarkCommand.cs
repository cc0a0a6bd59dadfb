using InterviewInsight.Modules.Engines.Pipeline;

namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>
/// <c>benchmark [--testdata DIR] [--out docs/benchmarks.md] [--quick] [--short-seconds 60]</c>: measures the analysis pipeline's speed and
/// memory and writes the report; <c>benchmark --one CASE …</c> is the child process that measures one case.
/// </summary>
internal static class BenchmarkCommand
{
    public static async Task<BenchmarkRun> RunAsync(
        ChildHost host, string modelsPath, string testDataDir, string outPath, bool quick, int shortSeconds, string command, TextWriter output, CancellationToken ct)
    {
        output.WriteLine($"Benchmarking with models from {modelsPath} and test data from {Path.GetFullPath(testDataDir)}{(quick ? $" (quick: {shortSeconds} s only)" : "")}…");
        var run = await new BenchmarkRunner(host, modelsPath, output).RunAsync(testDataDir, quick, shortSeconds, command, ct);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
        await File.WriteAllTextAsync(outPath, BenchmarkReport.ToMarkdown(run), ct);
        output.WriteLine($"Written to {outPath}");
        return run;
    }

    /// <summary>The child: runs one case with the engines loaded here and prints its measurement line.</summary>
    public static async Task RunChildAsync(IReadOnlyList<string> args, AnalysisEngines engines, TextWriter output, CancellationToken ct)
    {
        var (benchmarkCase, warmUp, target) = ChildProtocol.Parse(args);
        using var runner = new BenchmarkCaseRunner(engines);
        var measurement = await runner.RunAsync(benchmarkCase, warmUp, target, ct);
        output.WriteLine(ChildProtocol.ResultLine(measurement));
    }
}
