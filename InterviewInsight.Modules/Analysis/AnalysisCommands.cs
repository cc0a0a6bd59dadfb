using System.Reflection;
using InterviewInsight.Modules.Analysis.Benchmarks;
using InterviewInsight.Modules.Analysis.Models;
using InterviewInsight.Modules.Analysis.Pipeline;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewInsight.Modules.Analysis;

/// <summary>The Analysis module's command-line verbs, run headless by the app binary.</summary>
public static class AnalysisCommands
{
    public static async Task<int> ModelsAsync(string[] args, IConfiguration config, TextWriter output, CancellationToken ct)
    {
        var catalog = new ModelCatalog(config, NullLogger<ModelCatalog>.Instance);
        switch (args.FirstOrDefault())
        {
            case "install":
                var from = ValueAfter(args, "--from");
                if (from is not null && !Directory.Exists(from))
                {
                    output.WriteLine($"--from {from}: no such folder.");
                    return 2;
                }

                output.WriteLine($"Installing models into {catalog.ModelsPath}{(from is null ? "" : $" from {Path.GetFullPath(from)}")}");
                var installer = new ModelInstaller(ModelManifest.Load(ModelManifest.DefaultPath), catalog.ModelsPath, output);
                var summary = await installer.InstallAsync(from is null ? null : Path.GetFullPath(from), args.Contains("--all"), ct);
                output.WriteLine($"{summary.Installed} installed or present; {summary.MissingRequired.Count} required missing; {summary.MissingOptional.Count} optional missing.");
                return summary.MissingRequired.Count == 0 ? 0 : 1;

            case "status":
                var status = await catalog.GetStatusAsync();
                foreach (var engine in status.Engines)
                {
                    output.WriteLine($"{(engine.Available ? "available  " : "UNAVAILABLE")} {engine.Engine,-18} {engine.Detail}");
                }

                return status.AllRequiredPresent ? 0 : 1;

            default:
                output.WriteLine("Usage: models install [--from DIR] [--all] | models status");
                return 2;
        }
    }

    public static async Task<int> AnalyzeAsync(string[] args, IConfiguration config, TextWriter output, CancellationToken ct)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            output.WriteLine("Usage: analyze <media> [--questions file.json] [--json out.json] [--fps 5|all] [--no-expressions]");
            return 2;
        }

        var catalog = new ModelCatalog(config, NullLogger<ModelCatalog>.Instance);
        var fpsText = ValueAfter(args, "--fps");
        var settings = new AnalysisSettings
        {
            VideoSampleFps = int.TryParse(fpsText, out var f) ? f : config.GetValue("Analysis:VideoSampleFps", 5),
            AllFrames = fpsText == "all",
            ExpressionsEnabled = !args.Contains("--no-expressions") && config.GetValue("Analysis:Expressions:Enabled", true),
        };
        try
        {
            using var engines = new AnalysisEngines(catalog.ModelsPath, config, null, NullLogger<AnalysisEngines>.Instance);
            return await new Headless.AnalyzeCommand(engines, output)
                .RunAsync(args[0], ValueAfter(args, "--questions"), ValueAfter(args, "--json"), settings, ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or FileNotFoundException)
        {
            output.WriteLine($"Cannot analyse {args[0]}: {ex.Message}");
            return 2;
        }
    }

    /// <summary>`accuracy [--testdata DIR] [--out docs/accuracy.md]`: speech WER and vision accuracy over the shared test data.</summary>
    public static async Task<int> AccuracyAsync(string[] args, IConfiguration config, TextWriter output, CancellationToken ct)
    {
        var catalog = new ModelCatalog(config, NullLogger<ModelCatalog>.Instance);
        var testData = ValueAfter(args, "--testdata") ?? Path.Combine("..", "shared", "testdata");
        var target = ValueAfter(args, "--out") ?? Path.Combine("docs", "accuracy.md");
        output.WriteLine($"Measuring on {Path.GetFullPath(testData)} with models from {catalog.ModelsPath}…");
        var speech = Speech.Accuracy.SpeechAccuracyReport.ToMarkdown(await Speech.Accuracy.SpeechAccuracyReport.RunPocketSphinxAsync(testData, ct));
        var speechMetrics = await Speech.Accuracy.SpeechMetricsAccuracy.MeasureAsync(testData, catalog.ModelsPath, ct);
        var vision = await Vision.Accuracy.VisionAccuracyReport.RunAsync(testData, catalog.ModelsPath, ct);
        var content = string.Join("\n", Content.Accuracy.ContentAccuracyReport.ToMarkdown(
            await Content.Accuracy.ContentAccuracyReport.MeasureAsync(testData, new Content.Embeddings.GloveSifEmbedder(catalog.ModelsPath), ct)));
        var benchmarkClip = Path.Combine(testData, "video", "A_clm_franck_000-060.mp4");
        var benchmarks = string.Join("\n", new[] { 5.0, 0 }.Select(fps =>
            Vision.VisionBenchmark.ToMarkdown(benchmarkClip, fps, Vision.VisionBenchmark.Run(benchmarkClip, fps, catalog.ModelsPath))));
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

            ## Vision speed

            {benchmarks}
            """;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        await File.WriteAllTextAsync(target, markdown, ct);
        output.WriteLine($"Written to {target}");
        return 0;
    }

    /// <summary>
    /// `benchmark [--testdata DIR] [--out docs/benchmarks.md] [--quick]`: speed (real-time factors, per stage) and peak
    /// memory of the pipeline on a 60 s and a 10-minute recording made from the test data; `--quick` runs the 60 s one only.
    /// </summary>
    public static async Task<int> BenchmarkAsync(string[] args, IConfiguration config, TextWriter output, CancellationToken ct)
    {
        var catalog = new ModelCatalog(config, NullLogger<ModelCatalog>.Instance);
        try
        {
            if (args.Contains("--one"))
            {
                using var engines = new AnalysisEngines(catalog.ModelsPath, config, null, NullLogger<AnalysisEngines>.Instance);
                await BenchmarkCommand.RunChildAsync(args, engines, output, ct);
                return 0;
            }

            var app = Assembly.GetEntryAssembly()?.Location ?? throw new InvalidOperationException("No entry assembly to start the benchmark children from.");
            var options = args.Where(a => !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)));
            var command = $"Models__Path={catalog.ModelsPath} dotnet {Path.GetRelativePath(Environment.CurrentDirectory, app)} benchmark {string.Join(' ', options)}".TrimEnd();
            await BenchmarkCommand.RunAsync(
                ChildHost.ForRunningApp(app), catalog.ModelsPath, ValueAfter(args, "--testdata") ?? Path.Combine("..", "shared", "testdata"),
                ValueAfter(args, "--out") ?? Path.Combine("docs", "benchmarks.md"), args.Contains("--quick"), command, output, ct);
            return 0;
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or IOException or ArgumentException)
        {
            output.WriteLine($"Benchmark failed: {ex.Message}");
            return 1;
        }
    }

    private static string? ValueAfter(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
