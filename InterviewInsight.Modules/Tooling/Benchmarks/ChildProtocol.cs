using System.Globalization;
using System.Text.Json;

namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>How parent and child talk: the parent passes the case and media as arguments, the child prints one marked JSON line.</summary>
internal static class ChildProtocol
{
    public const string ResultMarker = "BENCHMARK-MEASUREMENT ";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<string> Arguments(BenchmarkCase benchmarkCase, BenchmarkMedia warmUp, BenchmarkMedia target) =>
    [
        "benchmark", "--one", BenchmarkCases.Name(benchmarkCase),
        "--warmup-video", warmUp.VideoPath, "--warmup-wav", warmUp.WavPath, "--warmup-seconds", Text(warmUp.DurationSeconds),
        "--video", target.VideoPath, "--wav", target.WavPath, "--seconds", Text(target.DurationSeconds),
    ];

    public static (BenchmarkCase Case, BenchmarkMedia WarmUp, BenchmarkMedia Target) Parse(IReadOnlyList<string> args) =>
        (BenchmarkCases.Parse(Required(args, "--one")),
         new BenchmarkMedia(Required(args, "--warmup-video"), Required(args, "--warmup-wav"), Number(Required(args, "--warmup-seconds"))),
         new BenchmarkMedia(Required(args, "--video"), Required(args, "--wav"), Number(Required(args, "--seconds"))));

    public static string ResultLine(CaseMeasurement measurement) => ResultMarker + JsonSerializer.Serialize(measurement, Json);

    /// <summary>The measurement in the child's standard output; throws with the output when the child printed none.</summary>
    public static CaseMeasurement ReadResult(string stdout, string context)
    {
        var line = stdout.Split('\n').LastOrDefault(l => l.StartsWith(ResultMarker, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"{context} printed no measurement. Output:\n{Tail(stdout)}");
        return JsonSerializer.Deserialize<CaseMeasurement>(line[ResultMarker.Length..], Json)
            ?? throw new InvalidOperationException($"{context} printed an empty measurement.");
    }

    public static string Tail(string text) => text.Length > 2000 ? text[^2000..] : text;

    private static string Required(IReadOnlyList<string> args, string name)
    {
        var list = args.ToList();
        var i = list.IndexOf(name);
        return i >= 0 && i + 1 < list.Count ? list[i + 1] : throw new ArgumentException($"benchmark --one needs {name}.", nameof(args));
    }

    private static string Text(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}
