using System.Globalization;
using System.Reflection;
using InterviewInsight.Modules.Engines.Models;
using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Modules.Shared.Ai;
using InterviewInsight.Modules.Shared.Configuration;
using InterviewInsight.Modules.Tooling.Benchmarks;
using InterviewInsight.Modules.Tooling.LiveBenchmarks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewInsight.Modules.Tooling;

/// <summary>
/// The measuring tools of the app binary (`accuracy`, `benchmark`, `benchmark-live`): the one entry point the host calls.
/// No module depends on the tooling; the tooling may use any module, the engines and the real host.
/// </summary>
public static class ToolCommands
{
    /// <summary>Runs the tool <paramref name="args"/> names; null when the first argument is not a tool.</summary>
    public static async Task<int?> TryRunAsync(string[] args, IConfiguration config, AppHostStarter startHost, TextWriter output, CancellationToken ct) =>
        args.FirstOrDefault() switch
        {
            "accuracy" => await AccuracyAsync(args[1..], config, output, ct),
            "benchmark" => await BenchmarkAsync(args[1..], config, output, ct),
            "benchmark-live" => await LiveBenchmarkCommand.RunAsync(args[1..], startHost, output, ct),
            _ => null,
        };

    /// <summary>
    /// `accuracy [--testdata DIR] [--out docs/accuracy.md] [--content | --language | --vision [--landmarks auto|landmarker-v2|facemesh-v1]]`:
    /// speech WER, vision accuracy, content relevance and the not-English check over the shared test data; `--content`,
    /// `--language` or `--vision` measures that part only and prints it instead of writing the file. Vision is measured on every
    /// installed landmark path side by side (or on the one `--landmarks` names).
    /// </summary>
    private static async Task<int> AccuracyAsync(string[] args, IConfiguration config, TextWriter output, CancellationToken ct)
    {
        var catalog = new ModelCatalog(ModelsOptions.From(config).Path, NullLogger<ModelCatalog>.Instance);
        var testData = ValueAfter(args, "--testdata") ?? Path.Combine("..", "shared", "testdata");
        var target = ValueAfter(args, "--out") ?? Path.Combine("docs", "accuracy.md");
        output.WriteLine($"Measuring on {Path.GetFullPath(testData)} with models from {catalog.ModelsPath}…");
        if (args.Contains("--language"))
        {
            output.WriteLine(await Accuracy.Language.LanguageCheckAccuracy.MeasureAsync(testData, catalog.ModelsPath, ct));
            return 0;
        }

        var landmarkPaths = ValueAfter(args, "--landmarks") is { } forced
            ? [new Engines.Vision.VisionModelFiles(catalog.ModelsPath).Resolve(Engines.Vision.LandmarkPaths.Parse(forced))]
            : new Engines.Vision.VisionModelFiles(catalog.ModelsPath).InstalledLandmarkPaths();
        if (args.Contains("--vision"))
        {
            var accuracy = await Accuracy.Vision.VisionAccuracyReport.RunAsync(testData, catalog.ModelsPath, landmarkPaths, ct);
            output.WriteLine(accuracy + "\n" + VisionSpeed(testData, catalog.ModelsPath, landmarkPaths, [5.0]));
            return 0;
        }

        var content = await ContentAccuracyAsync(testData, catalog.ModelsPath, ct);
        if (args.Contains("--content"))
        {
            output.WriteLine(content);
            return 0;
        }

        var language = await Accuracy.Language.LanguageCheckAccuracy.MeasureAsync(testData, catalog.ModelsPath, ct);
        var speech = Accuracy.Speech.SpeechAccuracyReport.ToMarkdown(await Accuracy.Speech.SpeechAccuracyReport.RunPocketSphinxAsync(testData, ct));
        var speechMetrics = await Accuracy.Speech.SpeechMetricsAccuracy.MeasureAsync(testData, catalog.ModelsPath, ct);
        var vision = await Accuracy.Vision.VisionAccuracyReport.RunAsync(testData, catalog.ModelsPath, landmarkPaths, ct);
        var benchmarks = VisionSpeed(testData, catalog.ModelsPath, landmarkPaths, [5.0, 0]);
        var markdown = $"""
            # Accuracy

            Measured by `dotnet artifacts/app/InterviewInsight.Web.dll accuracy --testdata ../shared/testdata` on {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}.

            ## Speech-to-text (PocketSphinx, the offline fallback)

            {speech}

            Whisper (ONNX) could not be measured here: its weights come only from a model hub this machine cannot reach. Its log-mel
            front end matches an independent numpy implementation (max difference 5.2e-7) and its decoding loop is unit-tested with
            tiny ONNX graphs of the same interface; its word error rate is unknown until the weights are installed.

            {speechMetrics}
            ## Vision

            {vision}

            {content}

            ## Not English (PocketSphinx: English words against free English phones)

            {language}
            ## Vision speed

            {benchmarks}
            """;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        await File.WriteAllTextAsync(target, markdown, ct);
        output.WriteLine($"Written to {target}");
        return 0;
    }

    /// <summary>The vision benchmark on the 60 s clip for each landmark path and sampling rate (0 = every frame).</summary>
    private static string VisionSpeed(string testData, string modelsPath, IReadOnlyList<Engines.Vision.LandmarkPath> paths, double[] rates)
    {
        var clip = Path.Combine(testData, "video", "A_clm_franck_000-060.mp4");
        return string.Join("\n", paths.SelectMany(path => rates.Select(fps => Engines.Vision.VisionBenchmark.ToMarkdown(
            clip, fps, Engines.Vision.VisionBenchmark.Run(clip, fps, modelsPath, landmarks: path), Engines.Vision.LandmarkPaths.EngineName(path)))));
    }

    /// <summary>Content relevance of each installed local embedder (MiniLM when installed, GloVe + SIF), side by side and in detail.</summary>
    private static async Task<string> ContentAccuracyAsync(string testData, string modelsPath, CancellationToken ct)
    {
        var embedders = new List<Engines.Content.Embeddings.IEmbedder>();
        if (Engines.Content.Embeddings.MiniLmEmbedder.MissingFiles(modelsPath).Count == 0)
        {
            embedders.Add(new Engines.Content.Embeddings.MiniLmEmbedder(modelsPath));
        }

        embedders.Add(new Engines.Content.Embeddings.GloveSifEmbedder(modelsPath));
        var figures = new List<Accuracy.Content.ContentAccuracyFigures>();
        foreach (var embedder in embedders)
        {
            figures.Add(await Accuracy.Content.ContentAccuracyReport.MeasureAsync(testData, embedder, ct));
        }

        return string.Join("\n", [
            .. Accuracy.Content.ContentAccuracyReport.ComparisonMarkdown(figures),
            string.Empty,
            .. figures.SelectMany(f => Accuracy.Content.ContentAccuracyReport.ToMarkdown(f).Append(string.Empty))]);
    }

    /// <summary>
    /// `benchmark [--testdata DIR] [--out docs/benchmarks.md] [--quick]`: speed (real-time factors, per stage) and peak
    /// memory of the pipeline on a 60 s and a 10-minute recording made from the test data; `--quick` runs the 60 s one only.
    /// </summary>
    private static async Task<int> BenchmarkAsync(string[] args, IConfiguration config, TextWriter output, CancellationToken ct)
    {
        var catalog = new ModelCatalog(ModelsOptions.From(config).Path, NullLogger<ModelCatalog>.Instance);
        try
        {
            if (args.Contains("--one"))
            {
                using var engines = new AnalysisEngines(catalog.ModelsPath, AiOptions.From(config), null, NullLogger<AnalysisEngines>.Instance);
                await BenchmarkCommand.RunChildAsync(args, engines, output, ct);
                return 0;
            }

            var app = Assembly.GetEntryAssembly()?.Location ?? throw new InvalidOperationException("No entry assembly to start the benchmark children from.");
            var options = args.Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)));
            var command = $"Models__Path={catalog.ModelsPath} dotnet {Path.GetRelativePath(Environment.CurrentDirectory, app)} benchmark {string.Join(' ', options)}".TrimEnd();
            await BenchmarkCommand.RunAsync(
                ChildHost.ForRunningApp(app), catalog.ModelsPath, ValueAfter(args, "--testdata") ?? Path.Combine("..", "shared", "testdata"),
                ValueAfter(args, "--out") ?? Path.Combine("docs", "benchmarks.md"), args.Contains("--quick"),
                ShortSeconds(args), command, output, ct);
            return 0;
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or IOException or ArgumentException)
        {
            output.WriteLine($"Benchmark failed: {ex.Message}");
            return 1;
        }
    }

    /// <summary>The short recording's length (<c>--short-seconds</c>, default 60); a bad value is an argument error the command reports.</summary>
    private static int ShortSeconds(string[] args) =>
        ValueAfter(args, "--short-seconds") is not { } text ? 60
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 5 and <= 600 ? seconds
        : throw new ArgumentException($"--short-seconds must be a whole number from 5 to 600, not '{text}'.");

    private static string? ValueAfter(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
