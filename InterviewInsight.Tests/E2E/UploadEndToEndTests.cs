using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Playwright;
using static InterviewInsight.Tests.E2E.AccountFlows;

namespace InterviewInsight.Tests.E2E;

[Trait("Category", "E2E")]
public sealed class UploadEndToEndTests
{
    [Fact]
    public async Task Given_real_clip_When_uploaded_in_the_browser_Then_progress_runs_to_the_dashboard_and_clicking_an_answer_seeks_the_video()
    {
        await using var app = await PublishedApp.StartAsync();
        await using var browser = await BrowserSession.StartAsync(nameof(Given_real_clip_When_uploaded_in_the_browser_Then_progress_runs_to_the_dashboard_and_clicking_an_answer_seeks_the_video));
        var page = await browser.NewPageAsync();
        await RegisterAsync(page, app.BaseUrl, "candidate@example.com");
        await Assertions.Expect(page.Locator("#empty-state")).ToBeVisibleAsync();

        // Set up the upload: a real talking-face clip and two questions
        await Assertions.Expect(page.Locator("#upload-first-recording")).ToHaveAttributeAsync("href", "/practice/upload");
        await page.GotoAsync($"{app.BaseUrl}/practice/upload");
        await WaitForCircuitAsync(page);
        await page.SetInputFilesAsync("#upload-file", TestAssets.TestData("video/A_lrs2_00016.mp4"));
        await Assertions.Expect(page.Locator("#upload-file-info")).ToContainTextAsync("A_lrs2_00016.mp4");
        await page.ClickAsync("#add-question");
        await page.ClickAsync("#add-question");
        await page.FillAsync("#question-text-0", "Tell me about yourself");
        await page.FillAsync("#question-time-1", "0:05");
        await page.FillAsync("#question-text-1", "Why this role?");
        await browser.ScreenshotAsync(page, "01-upload-form");
        await page.ClickAsync("#upload-submit");

        // Progress is pushed through the circuit until the dashboard replaces it
        await page.WaitForURLAsync("**/results");
        await Assertions.Expect(page.Locator("#dashboard")).ToBeVisibleAsync(new() { Timeout = 600_000 });
        await browser.ScreenshotAsync(page, "02-dashboard");
        await Assertions.Expect(page.Locator("[data-answer-id]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#transcript-engine")).ToContainTextAsync("pocketsphinx");
        await Assertions.Expect(page.Locator(".timeline-row[data-series='eyeContact']")).ToBeVisibleAsync();

        // Clicking the second answer moves the player into that answer
        await page.WaitForFunctionAsync("document.getElementById('replay').readyState >= 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Play this answer, 0:05" }).ClickAsync();
        await page.WaitForFunctionAsync("document.getElementById('replay').currentTime >= 5");
        var time = await page.EvaluateAsync<double>("document.getElementById('replay').currentTime");
        time.ShouldBeGreaterThanOrEqualTo(5);

        // Clicking a segment card moves the player into that segment
        var card = page.Locator(".segment-card").First;
        var start = double.Parse((await card.GetAttributeAsync("data-start"))!, System.Globalization.CultureInfo.InvariantCulture);
        var end = double.Parse((await card.GetAttributeAsync("data-end"))!, System.Globalization.CultureInfo.InvariantCulture);
        await card.ClickAsync();
        await page.WaitForFunctionAsync($"Math.abs(document.getElementById('replay').currentTime - {start.ToString(System.Globalization.CultureInfo.InvariantCulture)}) < 1.5");
        var position = await page.EvaluateAsync<double>("document.getElementById('replay').currentTime");
        position.ShouldBeInRange(start - 0.5, Math.Max(end, start + 1.5));
        await Assertions.Expect(page.Locator("[data-score='score.overall'] .score-value")).ToBeVisibleAsync();

        await AccessibilityAudit.AssertNoViolationsAsync(page, "the results dashboard");

        // Phone width: the same dashboard, stacked
        await page.SetViewportSizeAsync(390, 844);
        await browser.ScreenshotAsync(page, "03-dashboard-phone");
        await page.SetViewportSizeAsync(1280, 800);

        // Reflect: the coaching response answers at once, from the measured results, quoting the candidate
        await page.ClickAsync("#reflect-link");
        await page.WaitForURLAsync("**/reflection");
        await WaitForCircuitAsync(page);
        await AccessibilityAudit.AssertNoViolationsAsync(page, "the reflection page");
        await page.FillAsync("#went-well", "I stayed calm and kept to the point");
        await page.FillAsync("#to-change", "Give a concrete result");
        await page.ClickAsync("#save-reflection");
        await Assertions.Expect(page.Locator("#coaching-response")).ToContainTextAsync("I stayed calm and kept to the point");
        await browser.ScreenshotAsync(page, "04-reflection");
        await AccessibilityAudit.AssertNoViolationsAsync(page, "the reflection page with a coaching response");

        // Progress: the session is a point on each trend and the personal best; the home page lists it
        await page.GotoAsync($"{app.BaseUrl}/progress");
        await WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#session-count")).ToHaveTextAsync("1");
        await Assertions.Expect(page.Locator(".trend-chart[data-trend='overall'] circle")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#reflection-summary")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "05-progress");
        await AccessibilityAudit.AssertNoViolationsAsync(page, "the progress page");
        await page.GotoAsync(app.BaseUrl);
        await WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#session-list")).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoViolationsAsync(page, "home with a session");
    }

    [Fact]
    public async Task Given_text_file_named_webm_When_uploaded_in_the_browser_Then_the_page_says_why_and_stays()
    {
        await using var app = await PublishedApp.StartAsync();
        await using var browser = await BrowserSession.StartAsync(nameof(Given_text_file_named_webm_When_uploaded_in_the_browser_Then_the_page_says_why_and_stays));
        var page = await browser.NewPageAsync();
        await RegisterAsync(page, app.BaseUrl, "candidate@example.com");
        var fake = Path.Combine(Path.GetTempPath(), $"notes-{Guid.NewGuid():N}.webm");
        await File.WriteAllTextAsync(fake, "Not a recording at all.");

        await page.GotoAsync($"{app.BaseUrl}/practice/upload");
        await WaitForCircuitAsync(page);
        await page.SetInputFilesAsync("#upload-file", fake);
        await page.ClickAsync("#upload-submit");

        await Assertions.Expect(page.Locator("#upload-error")).ToContainTextAsync("could not be read as audio or video");
        page.Url.ShouldEndWith("/practice/upload");
        await browser.ScreenshotAsync(page, "01-rejected");
    }
}
