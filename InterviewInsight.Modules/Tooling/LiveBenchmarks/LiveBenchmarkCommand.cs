using InterviewInsight.Modules.Analysis.Results;
using InterviewInsight.Modules.Auth.Data;
using InterviewInsight.Modules.Auth.Services;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>
/// `benchmark-live`: starts the real app host on a fresh temporary data folder and a free local port, signs up a
/// candidate, runs the live benchmark on it, and writes the report. The data folder is deleted afterwards.
/// </summary>
internal static class LiveBenchmarkCommand
{
    public static async Task<int> RunAsync(string[] args, AppHostStarter startHost, TextWriter output, CancellationToken ct)
    {
        try
        {
            await MeasureAsync(args, startHost, output, ct);
            return 0;
        }
        catch (LiveBenchmarkFailedException ex)
        {
            await output.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    public static async Task<LiveBenchmarkResult> MeasureAsync(string[] args, AppHostStarter startHost, TextWriter output, CancellationToken ct)
    {
        var options = LiveBenchmarkOptions.Parse(args, Path.Combine("..", "shared", "testdata"));
        var data = Directory.CreateTempSubdirectory("ii-live-bench-");
        try
        {
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
            using var app = await startHost(hostArgs, ct);
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
