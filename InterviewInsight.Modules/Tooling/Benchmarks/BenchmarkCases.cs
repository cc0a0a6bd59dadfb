namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>The command-line names of <see cref="BenchmarkCase"/> (the parent passes them to <c>benchmark --one</c>).</summary>
internal static class BenchmarkCases
{
    private static readonly Dictionary<BenchmarkCase, string> Names = new()
    {
        [BenchmarkCase.Speech] = "speech",
        [BenchmarkCase.VisionFiveFps] = "vision-5fps",
        [BenchmarkCase.VisionEveryFrame] = "vision-all",
        [BenchmarkCase.Whole] = "whole",
        [BenchmarkCase.PocketSphinxDecoder] = "sphinx-decoder",
    };

    public static string Name(BenchmarkCase benchmarkCase) => Names[benchmarkCase];

    public static BenchmarkCase Parse(string name) =>
        Names.FirstOrDefault(n => n.Value == name) is { Value: not null } match
            ? match.Key
            : throw new ArgumentException($"Unknown benchmark case '{name}'; known: {string.Join(", ", Names.Values)}.", nameof(name));
}
