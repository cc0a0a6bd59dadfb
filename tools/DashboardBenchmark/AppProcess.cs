using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace DashboardBenchmark;

/// <summary>
/// One published app as a child process on a free loopback port, started with the settings the end-to-end tests give it
/// (InterviewInsight.Tests/E2E/PublishedApp.cs): its own Data:Path and the installed models.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    /// <summary>Linux's USER_HZ: /proc/&lt;pid&gt;/stat counts CPU time in these ticks per second.</summary>
    private const double ClockTicksPerSecond = 100;

    private readonly Process process;
    private bool stopped;

    private AppProcess(Process process, string baseUrl)
    {
        this.process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public static async Task<AppProcess> StartAsync(string dll, string dataPath, string modelsPath)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dataPath };
        foreach (var arg in new[] { dll, "--urls", $"http://127.0.0.1:{port}", $"--Data:Path={dataPath}", $"--Models:Path={modelsPath}", "--Logging:Console:FormatterName=simple" })
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) => Console.Error.WriteLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, $"http://127.0.0.1:{port}");

        using var http = new HttpClient();
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
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
        throw new InvalidOperationException($"{dll} did not answer /health within 3 minutes (exited: {process.HasExited}).");
    }

    /// <summary>The server's user + system CPU time so far, from /proc/&lt;pid&gt;/stat (utime and stime, fields 14 and 15).</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        // The command name (field 2) is in parentheses and may hold spaces; the fields after it start with field 3.
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[14 - 3], CultureInfo.InvariantCulture) + long.Parse(fields[15 - 3], CultureInfo.InvariantCulture);
        return ticks / ClockTicksPerSecond;
    }

    /// <summary>Stops the app; safe to call twice (the benchmark stops each app before copying its data folder).</summary>
    public async ValueTask DisposeAsync()
    {
        if (stopped)
        {
            return;
        }

        stopped = true;
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
