using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Playwright;

namespace InterviewInsight.Tests.E2E;

/// <summary>Debian's Chromium driven by Playwright, headless, with a fake camera and microphone allowed.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private readonly IPlaywright playwright;
    private readonly IBrowser browser;
    private readonly System.Collections.Concurrent.ConcurrentBag<string> scriptProblems = [];

    private BrowserSession(IPlaywright playwright, IBrowser browser, string screenshotDir)
    {
        this.playwright = playwright;
        this.browser = browser;
        ScreenshotDir = screenshotDir;
    }

    public string ScreenshotDir { get; }

    /// <summary>Starts Chromium; with <paramref name="fakeCamera"/> (y4m) and <paramref name="fakeMicrophone"/> (wav) its fake devices play real media.</summary>
    public static async Task<BrowserSession> StartAsync(string testName, string? fakeCamera = null, string? fakeMicrophone = null, bool denyMedia = false)
    {
        const string chromium = "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new FileNotFoundException("Debian's chromium is not installed; run scripts/install-deps.sh --test.", chromium);
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--use-fake-device-for-media-stream",
                .. denyMedia ? Array.Empty<string>() : ["--use-fake-ui-for-media-stream"],
                .. fakeCamera is null ? Array.Empty<string>() : [$"--use-file-for-fake-video-capture={fakeCamera}"],
                .. fakeMicrophone is null ? Array.Empty<string>() : [$"--use-file-for-fake-audio-capture={fakeMicrophone}"],
            ],
        });
        var dir = Path.Combine(TestAssets.RepoRoot, "artifacts", "test-results", "screenshots", testName);
        Directory.CreateDirectory(dir);
        return new BrowserSession(playwright, browser, dir);
    }

    /// <summary>Content security policy violations and uncaught script errors seen on any page of this session.</summary>
    public IReadOnlyCollection<string> ScriptProblems => scriptProblems;

    public async Task<IPage> NewPageAsync()
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        // Injected by the browser itself (not subject to the page's policy): every violation is reported as a console error.
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI} on ${location.pathname} (${e.sourceFile}:${e.lineNumber})`));");
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)
                || message.Text.StartsWith("CSP violation", StringComparison.Ordinal))
            {
                scriptProblems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => scriptProblems.Add("page error: " + error);
        page.SetDefaultTimeout(120_000);
        return page;
    }

    public Task ScreenshotAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDir, name + ".png"), FullPage = true });

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
