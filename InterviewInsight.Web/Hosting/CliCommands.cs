using InterviewInsight.Modules.Analysis;
using InterviewInsight.Modules.Analysis.Results;
using InterviewInsight.Modules.Auth.Data;
using InterviewInsight.Modules.Auth.Services;
using InterviewInsight.Modules.Live.Benchmarks;
using Microsoft.AspNetCore.Identity;

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
            "accuracy" => await AnalysisCommands.AccuracyAsync(args[1..], config, Console.Out, cts.Token),
            "benchmark" => await AnalysisCommands.BenchmarkAsync(args[1..], config, Console.Out, cts.Token),
            "benchmark-live" => await BenchmarkLiveAsync(args[1..], Console.Out, cts.Token),
            "admin" => await AdminCommands.RunAsync(args[1..], Console.Out, cts.Token),
            "help" or "--help" => Help(),
            _ => null,
        };
    }

    private static int Help()
    {
        Console.WriteLine("""
            InterviewInsight
              (no command)                      run the web app (--urls http://127.0.0.1:5000, --role web|worker|all)
              models install [--from DIR] [--all]  install the models of models/models.json into Models:Path
              models status                     show which models and engines are available
              accuracy [--testdata DIR] [--out docs/accuracy.md]   measure accuracy and vision speed on the test data
              benchmark [--testdata DIR] [--out docs/benchmarks.md] [--quick]   measure pipeline speed and memory (60 s and 10 min)
              benchmark-live [--testdata DIR] [--out docs/live-benchmark.md] [--questions 5] [--answer-seconds 60] [--camera on|off] [--speed 1 | --clock stepped]
                                                measure a live interview end to end on the real host (turn latency, end to dashboard)
              analyze <media> [--questions f.json] [--json out.json] [--fps N] [--no-expressions]
              admin promote <email>             make that account an Admin (recovers an instance with no admin left)
            """);
        return 0;
    }

    private static async Task<int> BenchmarkLiveAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        try
        {
            await RunLiveBenchmarkAsync(args, output, ct);
            return 0;
        }
        catch (LiveBenchmarkFailedException ex)
        {
            await output.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    /// <summary>
    /// Starts the real app host (as Program.cs does) on a fresh temporary data folder and a free local port, signs up
    /// a candidate, runs the live benchmark on it, and writes the report. The data folder is deleted afterwards.
    /// </summary>
    internal static async Task<LiveBenchmarkResult> RunLiveBenchmarkAsync(string[] args, TextWriter output, CancellationToken ct)
    {
        var options = LiveBenchmarkOptions.Parse(args, Path.Combine("..", "shared", "testdata"));
        var data = Directory.CreateTempSubdirectory("ii-live-bench-");
        try
        {
            // Command-line settings come last in the host's configuration, so they win over appsettings and environment.
            string[] hostArgs =
            [
                .. args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains(':', StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)),
                $"--Data:Path={data.FullName}",
                "--Database:Provider=Sqlite",
                "--ConnectionStrings:Hangfire=",
                "--urls=http://127.0.0.1:0",
                "--role=all",
                "--Logging:Console:FormatterName=simple",
                "--Logging:LogLevel:Default=Warning",
            ];
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions
            {
                Args = hostArgs,
                ContentRootPath = AppContext.BaseDirectory,
                ApplicationName = typeof(Program).Assembly.GetName().Name,
            });
            builder.AddInterviewInsight(hostArgs);
            await using var app = builder.Build();
            await app.UseInterviewInsightAsync();
            await app.StartAsync(ct);
            try
            {
                var ownerId = await SignUpCandidateAsync(app.Services);
                var result = await LiveBenchmark.RunAsync(app.Services, ownerId, options, (o, s, c) => ReadTimingsAsync(app.Services, o, s, c), output, ct);
                var markdown = LiveBenchmarkReport.Markdown(result);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(options.OutPath))!);
                await File.WriteAllTextAsync(options.OutPath, markdown, ct);
                await output.WriteLineAsync(markdown);
                await output.WriteLineAsync($"Written to {Path.GetFullPath(options.OutPath)}");
                return result;
            }
            finally
            {
                await app.StopAsync(CancellationToken.None);
            }
        }
        finally
        {
            data.Delete(recursive: true);
        }
    }

    private static async Task<string> SignUpCandidateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var email = $"benchmark-{Guid.NewGuid():N}@example.com";
        var created = await scope.ServiceProvider.GetRequiredService<AccountRegistrar>().RegisterAsync(email, $"Bench-{Guid.NewGuid():N}-A1");
        if (!created.Succeeded)
        {
            throw new InvalidOperationException("The benchmark account could not be created: " + string.Join(" ", created.Errors.Select(e => e.Description)));
        }

        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email);
        return user?.Id ?? throw new InvalidOperationException("The benchmark account was created but cannot be found.");
    }

    private static async Task<AnalysisTimingsSnapshot?> ReadTimingsAsync(IServiceProvider services, string ownerId, Guid sessionId, CancellationToken ct) =>
        await services.GetRequiredService<SessionResultsReader>().GetLatestAsync(ownerId, sessionId, ct) is { Result.Timings: { } t }
            ? new AnalysisTimingsSnapshot(t.TotalSeconds, t.RealTimeFactor, t.Stages)
            : null;
}
