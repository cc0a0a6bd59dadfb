using System.Text.RegularExpressions;
using InterviewInsight.Tests.Modules.Reports;
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
        var resultsUrl = page.Url;
        await Assertions.Expect(page.Locator("#dashboard")).ToBeVisibleAsync(new() { Timeout = 600_000 });
        await browser.ScreenshotAsync(page, "02-dashboard");
        await Assertions.Expect(page.Locator("[data-answer-id]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("#transcript-engine")).ToContainTextAsync("pocketsphinx");
        await Assertions.Expect(page.Locator(".timeline-row[data-series='eyeContact']")).ToBeVisibleAsync();

        // Clicking the second answer moves the player into that answer
        await page.WaitUntilAsync("document.getElementById('replay').readyState >= 1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Play this answer, 0:05" }).ClickAsync();
        await page.WaitUntilAsync("document.getElementById('replay').currentTime >= 5");
        var time = await page.EvaluateAsync<double>("document.getElementById('replay').currentTime");
        time.ShouldBeGreaterThanOrEqualTo(5);

        // Clicking a segment card moves the player into that segment
        var card = page.Locator(".segment-card").First;
        var start = double.Parse((await card.GetAttributeAsync("data-start"))!, System.Globalization.CultureInfo.InvariantCulture);
        var end = double.Parse((await card.GetAttributeAsync("data-end"))!, System.Globalization.CultureInfo.InvariantCulture);
        await card.ClickAsync();
        await page.WaitUntilAsync($"Math.abs(document.getElementById('replay').currentTime - {start.ToString(System.Globalization.CultureInfo.InvariantCulture)}) < 1.5");
        var position = await page.EvaluateAsync<double>("document.getElementById('replay').currentTime");
        position.ShouldBeInRange(start - 0.5, Math.Max(end, start + 1.5));
        await Assertions.Expect(page.Locator("[data-score='score.overall'] .score-value")).ToBeVisibleAsync();

        // A timeline is a slider: Home, then an arrow key seeks 5 s on; the value there is read out; the cursor follows
        var eyeContact = page.Locator(".timeline-row[data-series='eyeContact'] svg.timeline");
        await eyeContact.FocusAsync();
        await page.Keyboard.PressAsync("Home");
        await page.WaitUntilAsync("document.getElementById('replay').currentTime < 1.5");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.WaitUntilAsync("Math.abs(document.getElementById('replay').currentTime - 5) < 1.5");
        await Assertions.Expect(eyeContact).ToHaveAttributeAsync("aria-valuetext", new Regex(@"^0:0\d · Eye contact "));
        await Assertions.Expect(page.Locator(".timeline-row[data-series='eyeContact'] .timeline-readout")).ToContainTextAsync("Eye contact");
        await page.WaitUntilAsync("parseFloat(document.querySelector('.timeline-cursor').dataset.cursorFraction) > 0.3");
        await page.EvaluateAsync("document.getElementById('replay').pause()");
        await page.ClickAsync("#timeline-table-toggle");
        await Assertions.Expect(page.Locator("#timeline-table tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".transcript-line").First).ToBeVisibleAsync();

        await AccessibilityAudit.AssertNoViolationsAsync(page, "the results dashboard");
        browser.ScriptProblems.ShouldBeEmpty("the upload page and the dashboard's replay work under the content security policy");

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
        var first = SessionIdIn(resultsUrl);

        // The PDF report from the dashboard: scores, a recommendation and transcript words
        await page.GotoAsync(resultsUrl);
        await WaitForCircuitAsync(page);
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#download-report"));
        var pdf = ReportPdfText.Read(await File.ReadAllBytesAsync((await download.PathAsync())!));
        pdf.Text.ShouldContain("Overall");
        pdf.Text.ShouldContain(ReportPdfText.Normalise(await page.Locator(".recommendations li .mud-typography-body1").First.InnerTextAsync())[..30]);
        var spoken = (await page.Locator(".transcript-line .transcript-text").First.InnerTextAsync()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        pdf.Text.ShouldContain(string.Join(' ', spoken.Take(3)), Case.Insensitive, "the transcript's first words are in the PDF");

        // A read-only link opens logged out; once revoked it answers 404
        await page.ClickAsync("#share-report");
        await page.WaitForURLAsync("**/share");
        await WaitForCircuitAsync(page);
        await page.ClickAsync("#create-link");
        var link = (await page.Locator("#created-link-url").InnerTextAsync()).Trim();
        var stranger = await browser.NewPageAsync();
        (await stranger.GotoAsync(link))!.Status.ShouldBe(200);
        stranger.Url.ShouldBe(link, "a report link never redirects to the log-in page");
        await Assertions.Expect(stranger.Locator("#shared-report")).ToBeVisibleAsync();
        await AccessibilityAudit.AssertNoViolationsAsync(stranger, "a shared report");
        await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Revoke the link") }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#links-table")).ToContainTextAsync("revoked");
        (await stranger.GotoAsync(link))!.Status.ShouldBe(404);

        // A coach reviews it (the same analysed session, to keep CI short): the candidate shares with an address that has no
        // account, the invitation link is shown (no SMTP here) and the coach accepts it in a second browser context
        await page.GotoAsync(resultsUrl);
        await WaitForCircuitAsync(page);
        await page.ClickAsync("#share-with-coach");
        await page.WaitForURLAsync("**/sharing");
        await WaitForCircuitAsync(page);
        await page.FillAsync("#share-email", "coach@example.com");
        await page.ClickAsync("#share-submit");
        var invitation = (await page.Locator("#invitation-url").InnerTextAsync()).Trim();
        await AccessibilityAudit.AssertNoViolationsAsync(page, "the sharing page");
        var coach = await browser.NewPageAsync();
        await coach.GotoAsync(invitation);
        await coach.FillAsync("#invitation-password", Password);
        await coach.FillAsync("#invitation-confirm", Password);
        await coach.ClickAsync("#invitation-accept");
        await coach.WaitForURLAsync("**/Account/Login**");
        await coach.FillAsync("#email", "coach@example.com");
        await coach.FillAsync("#password", Password);
        await coach.ClickAsync("#login-submit");
        await coach.WaitForURLAsync("**/coach");
        await WaitForCircuitAsync(coach);
        await coach.ClickAsync($"a[href='/practice/{first}/results']");
        await Assertions.Expect(coach.Locator("#dashboard")).ToBeVisibleAsync();
        await Assertions.Expect(coach.Locator("#shared-banner")).ToContainTextAsync("candidate@example.com");
        await Assertions.Expect(coach.Locator("#reflect-link")).ToHaveCountAsync(0);
        await Assertions.Expect(coach.Locator("#share-with-coach")).ToHaveCountAsync(0);

        // The coach seeks to 0:05 with the keyboard, comments at that moment and gives their view of a recommendation
        await coach.WaitUntilAsync("document.getElementById('replay').readyState >= 1");
        await coach.Locator(".timeline-row[data-series='eyeContact'] svg.timeline").FocusAsync();
        await coach.Keyboard.PressAsync("Home");
        await coach.Keyboard.PressAsync("ArrowRight");
        await coach.WaitUntilAsync("parseFloat(document.querySelector('.timeline-cursor').dataset.cursorFraction) > 0.3");
        await coach.FillAsync("#comment-text", "Here you look away while you answer.");
        await coach.ClickAsync("#comment-submit");
        await Assertions.Expect(coach.Locator(".comment")).ToContainTextAsync("Here you look away");
        var target = await coach.EvaluateAsync<string>(
            "[...document.querySelectorAll('#override-target option')].map(o => o.value).find(v => v.startsWith('recommendation.')) ?? 'score.overall'");
        await coach.SelectOptionAsync("#override-target", target);
        if (target == "score.overall")
        {
            await coach.FillAsync("#override-value", "64");
        }
        else
        {
            await coach.FillAsync("#override-text", "Lead with the result, then tell the story.");
        }

        await coach.FillAsync("#override-reason", "Interviewers decide in the first seconds.");
        await coach.ClickAsync("#override-submit");
        await Assertions.Expect(coach.Locator("#overrides-table")).ToContainTextAsync("Interviewers decide");
        await browser.ScreenshotAsync(coach, "06-coach-review");
        await AccessibilityAudit.AssertNoViolationsAsync(coach, "a dashboard shared with a coach");

        // The coach follows the candidate's progress over what they share: one session, its reviewed item counted
        await coach.GotoAsync($"{app.BaseUrl}/coach");
        await WaitForCircuitAsync(coach);
        await coach.ClickAsync("a[data-progress-of]");
        await Assertions.Expect(coach.Locator("h1")).ToContainTextAsync("Progress of candidate@example.com");
        await Assertions.Expect(coach.Locator("#progress-table tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(coach.Locator("#progress-table td[data-overridden]")).ToHaveTextAsync("1 item");
        await WaitForCircuitAsync(coach);
        await AccessibilityAudit.AssertNoViolationsAsync(coach, "a candidate's progress as their coach sees it");

        // The candidate sees the comment at that moment on the timeline, and the machine's and the coach's view side by side
        await page.GotoAsync(resultsUrl);
        await WaitForCircuitAsync(page);
        var mark = page.Locator(".timeline-mark");
        await Assertions.Expect(mark).ToHaveCountAsync(1);
        var at = double.Parse((await mark.GetAttributeAsync("data-at"))!, System.Globalization.CultureInfo.InvariantCulture);
        at.ShouldBeInRange(3.5, 6.5);
        (await mark.GetAttributeAsync("aria-label"))!.ShouldContain("Here you look away");
        await browser.ScreenshotAsync(page, "07-candidate-sees-review");
        var overridden = target == "score.overall" ? page.Locator("[data-score='score.overall']") : page.Locator($"[data-recommendation-id='{target}']");
        await Assertions.Expect(overridden.Locator(".override-note")).ToContainTextAsync(target == "score.overall" ? "64/100" : "Lead with the result");
        if (target != "score.overall")
        {
            (await overridden.Locator(".mud-typography-body1").First.InnerTextAsync()).ShouldNotBeNullOrWhiteSpace("the machine's recommendation stays");
        }

        // The candidate revokes; the coach's very next request gets 404
        await page.GotoAsync($"{app.BaseUrl}/practice/{first}/sharing");
        await WaitForCircuitAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke the share with coach@example.com" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#shares-table")).ToContainTextAsync("revoked");
        (await coach.APIRequest.GetAsync($"{app.BaseUrl}/api/sessions/{first}")).Status.ShouldBe(404);
        await coach.ReloadAsync();
        await Assertions.Expect(coach.Locator("#shared-progress-missing")).ToBeVisibleAsync();
        await coach.GotoAsync($"{app.BaseUrl}/practice/{first}/results");
        await Assertions.Expect(coach.Locator("#session-not-found")).ToBeVisibleAsync();

        // A second upload: two points on each trend, and a personal best
        await page.GotoAsync($"{app.BaseUrl}/practice/upload");
        await WaitForCircuitAsync(page);
        await page.SetInputFilesAsync("#upload-file", TestAssets.TestData("video/A_lrs2_00016.mp4"));
        await page.ClickAsync("#upload-submit");
        await page.WaitForURLAsync("**/results");
        await Assertions.Expect(page.Locator("#dashboard")).ToBeVisibleAsync(new() { Timeout = 600_000 });
        await page.GotoAsync($"{app.BaseUrl}/progress");
        await WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#session-count")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator(".trend-chart[data-trend='overall'] circle")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-best]").First).ToBeVisibleAsync();

        // Deleting the first session (confirmed) takes it off home and progress, and its files go
        await page.GotoAsync(app.BaseUrl);
        await WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator(".delete-session")).ToHaveCountAsync(2);
        await page.Locator($"#session-list tr:has(a[href='/practice/{first}/results']) .delete-session").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete for good" }).ClickAsync();
        await Assertions.Expect(page.Locator(".delete-session")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator($"a[href='/practice/{first}/results']")).ToHaveCountAsync(0);
        await page.GotoAsync($"{app.BaseUrl}/progress");
        await WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#session-count")).ToHaveTextAsync("1");
        var folder = Path.Combine(app.DataPath, "media", "sessions", first.ToString("N"));
        (await Eventually.TrueAsync(() => Task.FromResult(!Directory.Exists(folder)))).ShouldBeTrue($"{folder} should be purged after the session is deleted");
    }

    private static Guid SessionIdIn(string resultsUrl) => Guid.Parse(new Uri(resultsUrl).Segments[^2].TrimEnd('/'));

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
