using System.Diagnostics;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.E2E;

/// <summary>
/// The published app (scripts/test.sh publishes it and sets II_TEST_APP_DLL) on a free loopback port with fresh data.
/// </summary>
public sealed class PublishedApp : IAsyncDisposable
{
    private readonly Process process;
    private readonly string dataPath;

    private PublishedApp(Process process, string baseUrl, string dataPath)
    {
        this.process = process;
        this.dataPath = dataPath;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <summary>The app's Data:Path (databases and media), for tests that check what was stored.</summary>
    public string DataPath => dataPath;

    public static async Task<PublishedApp> StartAsync()
    {
        var dll = Environment.GetEnvironmentVariable("II_TEST_APP_DLL") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.Combine(TestAssets.RepoRoot, "artifacts", "app", "InterviewInsight.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"Published app not found at {dll}. Run scripts/test.sh (it publishes the app first).", dll);
        }

        var port = LoopbackPort.Free();
        var dataPath = Directory.CreateTempSubdirectory("ii-e2e-").FullName;
        var modelsPath = Environment.GetEnvironmentVariable("II_TEST_MODELS_PATH") ?? Path.Combine(dataPath, "models");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dataPath };
        foreach (var arg in new[] { dll, "--urls", $"http://127.0.0.1:{port}", $"--Data:Path={dataPath}", $"--Models:Path={modelsPath}", "--Logging:Console:FormatterName=simple" })
        {
            psi.ArgumentList.Add(arg);
        }

        var process = Process.Start(psi)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var app = new PublishedApp(process, $"http://127.0.0.1:{port}", dataPath);
        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} during start-up.");
            }

            try
            {
                if ((await http.GetAsync($"{app.BaseUrl}/health")).IsSuccessStatusCode)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(200);
        }

        await app.DisposeAsync();
        throw new TimeoutException("The app did not answer /health within 3 minutes.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (IOException)
        {
            // best effort
        }
    }
}
