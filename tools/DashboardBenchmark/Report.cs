using System.Text;

namespace DashboardBenchmark;

/// <summary>The measured windows of one app.</summary>
internal sealed record AppFigures(string Label, string App, IReadOnlyList<WindowFigures> Windows);

/// <summary>Writes the markdown report: machine, command, recording, then one table row per app and window.</summary>
internal static class Report
{
    public static string Write(
        string command, DateTime startedUtc, string loadAverage, string browserVersion, Recording recording, string analysedBy,
        IReadOnlyList<AppFigures> apps)
    {
        var text = new StringBuilder();
        Line(text, "# Dashboard replay benchmark (issue 14)");
        Line(text, "");
        Line(text, $"Measured by `{command}` on {startedUtc:yyyy-MM-dd} ({startedUtc:HH:mm} UTC).");
        Line(text, "");
        Line(text, "## Machine");
        Line(text, "");
        Line(text, $"- CPU: {CpuModel()}, {Environment.ProcessorCount} cores (Environment.ProcessorCount); load average when the run started (1, 5, 15 min): {loadAverage}");
        Line(text, $"- Browser: Debian Chromium {browserVersion}, headless, driven by Playwright; runtime: .NET {Environment.Version}");
        Line(text, "- The machine is shared with other builds and tests, so each figure is a single noisy run: compare orders of magnitude.");
        Line(text, "");
        Line(text, "## Apps and recording");
        Line(text, "");
        foreach (var app in apps)
        {
            Line(text, $"- **{app.Label}**: `{app.App}`");
        }

        Line(text, $"- Recording: {recording.Description} Uploaded with a question every 60 s.");
        Line(text, $"- Analysed once, by **{analysedBy}**; each later app started on a copy of that data folder (it migrates the database at start-up), logged in and opened the same results page.");
        Line(text, "");
        Line(text, "## Results");
        Line(text, "");
        Line(text, "| app | window | wall (s) | server CPU (s) | server CPU (% of one core) | frames/s to the browser | KB/s to the browser | frames/s from the browser | browser main thread (% of wall) | DOM nodes | transcript elements | media played (s) |");
        Line(text, "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var app in apps)
        {
            foreach (var w in app.Windows)
            {
                Line(text, $"| {app.Label} | {w.Window} | {w.WallSeconds:F1} | {w.ServerCpuSeconds:F2} | {Percent(w.ServerCpuSeconds, w.WallSeconds):F1} | "
                    + $"{w.Frames.Received / w.WallSeconds:F2} | {w.Frames.ReceivedBytes / 1024.0 / w.WallSeconds:F2} | {w.Frames.Sent / w.WallSeconds:F2} | "
                    + $"{Percent(w.BrowserTaskSeconds, w.WallSeconds):F1} | {w.DomNodes} | {w.TranscriptElements} | {w.MediaSecondsPlayed:F1} |");
            }
        }

        Line(text, "");
        Line(text, "## How the figures are taken");
        Line(text, "");
        Line(text, "- Each app runs as a child process (`dotnet <dll> --urls http://127.0.0.1:<port> --Data:Path=<temp> --Models:Path=<models>`), one at a time.");
        Line(text, "- Server CPU: user + system time of that process from `/proc/<pid>/stat` (utime + stime), the difference over the window.");
        Line(text, "- Frames: websocket frames of the page's Blazor circuit counted with Playwright (`page.WebSocket` → `FrameReceived` / `FrameSent`); "
            + "frames to the browser are render batches, JS interop calls and keep-alive pings; frames from the browser are the player's time reports, acknowledgements and pings.");
        Line(text, "- Browser main thread: Chromium's `Performance.getMetrics` TaskDuration over the window (the renderer's main thread, all tasks).");
        Line(text, "- DOM nodes: `document.getElementsByTagName('*').length`; transcript elements: `#transcript *`; both counted at the end of the window.");
        Line(text, "- Warm-up first, not measured: 10 s of muted playback (each later app has only just started), back to 0:00, 10 s to settle. "
            + "Then the page is paused at 0:00 for the idle baseline, and the muted replay plays from 0:00 for the playing window.");
        return text.ToString();
    }

    private static double Percent(double part, double whole) => whole <= 0 ? 0 : part / whole * 100;

    private static string CpuModel() =>
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown CPU";

    private static void Line(StringBuilder text, string line) => text.AppendLine(line);
}
