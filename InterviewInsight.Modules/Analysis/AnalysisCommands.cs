using InterviewInsight.Modules.Analysis.Headless;
using InterviewInsight.Modules.Engines.Models;
using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Shared.Ai;
using InterviewInsight.Modules.Shared.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewInsight.Modules.Analysis;

/// <summary>The Analysis module's command-line verbs (`models`, `analyze`), run headless by the app binary.</summary>
public static class AnalysisCommands
{
    public static async Task<int> ModelsAsync(string[] args, IConfiguration config, TextWriter output, CancellationToken ct)
    {
        var catalog = new ModelCatalog(ModelsOptions.From(config).Path, NullLogger<ModelCatalog>.Instance);
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
                output.WriteLine(summary.Line);
                return summary.ExitCode;

            case "status":
                var status = await catalog.GetStatusAsync();
                foreach (var engine in status.Engines)
                {
                    output.WriteLine($"{(engine.Available ? "available  " : "UNAVAILABLE")} {engine.Engine,-18} {engine.Detail}");
                }

                output.WriteLine();
                foreach (var file in status.Files)
                {
                    var state = !file.Present ? "missing" : file.HashOk == false ? "HASH MISMATCH" : "ok";
                    output.WriteLine($"{file.Name,-34} {(file.Required ? "required" : "optional"),-9} {state,-13} {file.Origin}");
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
            output.WriteLine("Usage: analyze <media> [--questions file.json] [--json out.json] [--fps 5|all] [--no-expressions] [--accommodation] [--landmarks auto|landmarker-v2|facemesh-v1]");
            return 2;
        }

        var catalog = new ModelCatalog(ModelsOptions.From(config).Path, NullLogger<ModelCatalog>.Instance);
        var fpsText = ValueAfter(args, "--fps");
        var analysis = config.GetSection(AnalysisOptions.Section).Get<AnalysisOptions>() ?? new();
        var settings = new AnalysisSettings
        {
            VideoSampleFps = int.TryParse(fpsText, out var f) ? f : analysis.VideoSampleFps,
            AllFrames = fpsText == "all",
            VisionLandmarks = LandmarkPaths.Parse(ValueAfter(args, "--landmarks") ?? analysis.VisionLandmarks),
            ExpressionsEnabled = !args.Contains("--no-expressions") && analysis.Expressions.Enabled,
            Accommodation = args.Contains("--accommodation"),
        };
        try
        {
            using var engines = new AnalysisEngines(catalog.ModelsPath, AiOptions.From(config), null, NullLogger<AnalysisEngines>.Instance);
            return await new AnalyzeCommand(engines, output)
                .RunAsync(args[0], ValueAfter(args, "--questions"), ValueAfter(args, "--json"), settings, ct);
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or FileNotFoundException)
        {
            output.WriteLine($"Cannot analyse {args[0]}: {ex.Message}");
            return 2;
        }
    }

    private static string? ValueAfter(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
