using System.Globalization;
using Microsoft.Playwright;

namespace DashboardBenchmark;

/// <summary>
/// Debian's Chromium driven by Playwright, headless (as in InterviewInsight.Tests/E2E/BrowserSession.cs): registers a
/// candidate, uploads the recording with its questions through the upload page, and opens the results page again later.
/// </summary>
internal sealed class DashboardBrowser : IAsyncDisposable
{
    public const string Email = "benchmark@example.com";
    private const string Password = "Practice2026";
    private const string Chromium = "/usr/bin/chromium";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private DashboardBrowser(IPlaywright playwright, IBrowser browser)
    {
        this.playwright = playwright;
        this.browser = browser;
    }

    public string Version => browser.Version;

    public static async Task<DashboardBrowser> StartAsync()
    {
        if (!File.Exists(Chromium))
        {
            throw new FileNotFoundException("Debian's chromium is not installed; run scripts/install-deps.sh --test.", Chromium);
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--autoplay-policy=no-user-gesture-required",
            ],
        });
        return new DashboardBrowser(playwright, browser);
    }

    /// <summary>A fresh browser context (no cookies) with the page's websocket frames counted from its first load.</summary>
    public async Task<(IPage Page, FrameCounter Frames)> NewPageAsync()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(120_000);
        var frames = new FrameCounter();
        page.WebSocket += (_, socket) => frames.Follow(socket);
        return (page, frames);
    }

    /// <summary>Registers, uploads the recording with a question every 60 s and waits for the dashboard; returns the results page's address.</summary>
    public static async Task<string> UploadAndAnalyseAsync(IPage page, string baseUrl, Recording recording, TimeSpan timeout)
    {
        await page.GotoAsync($"{baseUrl}/Account/Register");
        await page.FillAsync("#email", Email);
        await page.FillAsync("#password", Password);
        await page.FillAsync("#confirm", Password);
        await page.ClickAsync("#register-submit");
        await Assertions.Expect(page.Locator("#empty-state")).ToBeVisibleAsync();

        await page.GotoAsync($"{baseUrl}/practice/upload");
        await WaitForCircuitAsync(page);
        await page.SetInputFilesAsync("#upload-file", recording.Path);
        var questions = (int)Math.Ceiling(recording.Seconds / 60);
        for (var i = 0; i < questions; i++)
        {
            await page.ClickAsync("#add-question");
            await page.FillAsync($"#question-time-{i}", string.Create(CultureInfo.InvariantCulture, $"{i}:00"));
            await page.FillAsync($"#question-text-{i}", $"Question {i + 1}: tell me about a project you led.");
        }

        await page.ClickAsync("#upload-submit");
        await page.WaitForURLAsync("**/results");
        await Assertions.Expect(page.Locator("#dashboard")).ToBeVisibleAsync(new() { Timeout = (float)timeout.TotalMilliseconds });
        return page.Url;
    }

    /// <summary>Logs the benchmark candidate in (the account is in the copied data folder) and opens the results page.</summary>
    public static async Task OpenResultsAsync(IPage page, string baseUrl, string resultsUrl)
    {
        await page.GotoAsync($"{baseUrl}/Account/Login");
        await page.FillAsync("#email", Email);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#login-submit");
        await WaitForCircuitAsync(page);
        await page.GotoAsync(baseUrl + new Uri(resultsUrl).PathAndQuery);
        await Assertions.Expect(page.Locator("#dashboard")).ToBeVisibleAsync();
    }

    public static async Task WaitForCircuitAsync(IPage page) =>
        await Assertions.Expect(page.Locator("#circuit")).ToHaveAttributeAsync("data-interactive", "true");

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
