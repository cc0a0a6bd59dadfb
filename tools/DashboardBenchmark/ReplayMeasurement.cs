using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;

namespace DashboardBenchmark;

/// <summary>What one window on the results page cost: server CPU, circuit traffic, browser main-thread time, and the page's size.</summary>
internal sealed record WindowFigures(
    string Window, double WallSeconds, double ServerCpuSeconds, FrameTotals Frames, double BrowserTaskSeconds,
    int DomNodes, int TranscriptElements, double MediaSecondsPlayed);

/// <summary>
/// Measures the open results page twice, after a warm-up: paused (the idle baseline), then muted and playing the replay
/// (<c>#replay</c>) from the start. Server CPU from /proc/&lt;pid&gt;/stat, websocket frames counted by Playwright, main-thread time from
/// Chromium's Performance.getMetrics (TaskDuration).
/// </summary>
internal static class ReplayMeasurement
{
    private const string Replay = "document.getElementById('replay')";

    public static async Task<IReadOnlyList<WindowFigures>> MeasureAsync(IPage page, FrameCounter frames, AppProcess app, int idleSeconds, int playSeconds)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Performance.enable");
        await page.WaitForFunctionAsync($"{Replay} && {Replay}.readyState >= 1");
        // Warm-up, not measured: a later app has only just started on the copied data, so 10 s of playback first compiles
        // the playback path in every app alike; then back to 0:00 and 10 s for the seek's render and leftover jobs to settle.
        await page.EvaluateAsync($"() => {{ const r = {Replay}; r.muted = true; return r.play(); }}");
        await Task.Delay(TimeSpan.FromSeconds(10));
        await page.EvaluateAsync($"() => {{ const r = {Replay}; r.pause(); r.currentTime = 0; }}");
        await Task.Delay(TimeSpan.FromSeconds(10));

        var idle = await WindowAsync("paused (idle baseline)", page, frames, app, cdp, idleSeconds, play: false);
        var playing = await WindowAsync("playing", page, frames, app, cdp, playSeconds, play: true);
        await page.EvaluateAsync($"() => {Replay}.pause()");
        return [idle, playing];
    }

    private static async Task<WindowFigures> WindowAsync(
        string name, IPage page, FrameCounter frames, AppProcess app, ICDPSession cdp, int seconds, bool play)
    {
        var mediaStart = await page.EvaluateAsync<double>($"{Replay}.currentTime");
        if (play)
        {
            await page.EvaluateAsync($"() => {Replay}.play()");
        }

        var (cpu, traffic, task, clock) = (app.CpuSeconds(), frames.Totals(), await TaskDurationAsync(cdp), Stopwatch.StartNew());
        await Task.Delay(TimeSpan.FromSeconds(seconds));
        var (cpuEnd, trafficEnd, taskEnd, wall) = (app.CpuSeconds(), frames.Totals(), await TaskDurationAsync(cdp), clock.Elapsed.TotalSeconds);

        // Counted at the end of the window, while the page is still in the state measured.
        var domNodes = await page.EvaluateAsync<int>("document.getElementsByTagName('*').length");
        var transcript = await page.EvaluateAsync<int>("document.querySelectorAll('#transcript *').length");
        var mediaEnd = await page.EvaluateAsync<double>($"{Replay}.currentTime");
        return new WindowFigures(name, wall, cpuEnd - cpu, trafficEnd - traffic, taskEnd - task, domNodes, transcript, mediaEnd - mediaStart);
    }

    /// <summary>Chromium's TaskDuration: seconds the renderer's main thread has spent on tasks since the page opened.</summary>
    private static async Task<double> TaskDurationAsync(ICDPSession cdp)
    {
        var result = await cdp.SendAsync("Performance.getMetrics") ?? throw new InvalidOperationException("Performance.getMetrics answered nothing.");
        foreach (var metric in result.GetProperty("metrics").EnumerateArray())
        {
            if (metric.GetProperty("name").GetString() == "TaskDuration")
            {
                return metric.GetProperty("value").GetDouble();
            }
        }

        throw new JsonException("Performance.getMetrics has no TaskDuration.");
    }
}
