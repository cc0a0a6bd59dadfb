using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Playwright;
using static InterviewInsight.Tests.E2E.AccountFlows;

namespace InterviewInsight.Tests.E2E;

/// <summary>A whole practice interview in Chromium, its fake camera and microphone playing a real talking-face clip.</summary>
[Trait("Category", "E2E")]
public sealed class LiveInterviewEndToEndTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Given_three_question_session_When_answered_in_the_browser_Then_turns_carry_reasons_and_the_dashboard_shows_the_answers(bool cameraOn)
    {
        // Arrange: fake devices from a real clip (Chromium loops them)
        var (video, audio) = await FakeMediaAsync();
        await using var app = await PublishedApp.StartAsync();
        var name = nameof(Given_three_question_session_When_answered_in_the_browser_Then_turns_carry_reasons_and_the_dashboard_shows_the_answers) + (cameraOn ? "-camera" : "-audio-only");
        await using var browser = await BrowserSession.StartAsync(name, video, audio);
        var page = await browser.NewPageAsync();
        await RegisterAsync(page, app.BaseUrl, "candidate@example.com");
        await Assertions.Expect(page.Locator("#empty-state")).ToBeVisibleAsync();

        // Set up
        await page.GotoAsync($"{app.BaseUrl}/practice/new");
        await WaitForCircuitAsync(page);
        await page.FillAsync("#setup-role", "Software engineer");
        await page.FillAsync("#setup-count", "3");
        if (!cameraOn)
        {
            await page.ClickAsync("#setup-camera");
        }

        await page.ClickAsync("#setup-create");

        // Check, then start
        await page.WaitForURLAsync("**/interview");
        await Assertions.Expect(page.Locator("#start-interview")).ToBeEnabledAsync();
        await Assertions.Expect(page.Locator("#preview")).ToHaveCountAsync(cameraOn ? 1 : 0);
        await browser.ScreenshotAsync(page, "01-check");
        await page.ClickAsync("#start-interview");

        // Answer until the interview ends: every turn after the first shows the rule and reason that chose it
        var rules = new List<string>();
        var turnSeconds = new List<double>();
        var lastClick = System.Diagnostics.Stopwatch.StartNew();
        for (var turn = 0; turn < 10 && !page.Url.EndsWith("/results", StringComparison.Ordinal); turn++)
        {
            await Assertions.Expect(page.Locator("#end-answer")).ToBeVisibleAsync(new() { Timeout = 180_000 });
            if (turn > 0)
            {
                rules.Add(await page.Locator("#turn-reason").GetAttributeAsync("data-rule") ?? "");
            }

            if (turn == 1)
            {
                await browser.ScreenshotAsync(page, "02-second-turn");
            }

            await page.WaitForTimeoutAsync(4000);
            var turnNumber = await page.Locator("#interview").GetAttributeAsync("data-turn");
            lastClick = System.Diagnostics.Stopwatch.StartNew();
            await page.ClickAsync("#end-answer");
            await page.WaitUntilAsync(
                $"location.pathname.endsWith('/results') || document.querySelector('#interview')?.dataset.turn !== '{turnNumber}'",
                300_000);
            if (!page.Url.EndsWith("/results", StringComparison.Ordinal))
            {
                // The next line is being spoken now (browser voice, or the server's when the browser has none).
                turnSeconds.Add(lastClick.Elapsed.TotalSeconds);
                await page.WaitUntilAsync("location.pathname.endsWith('/results') || document.querySelector('#interview')?.dataset.phase === 'answering'",
                    300_000);
            }
        }

        // Dashboard with the three planned answers (and any follow-ups) analysed
        await page.WaitForURLAsync("**/results", new() { Timeout = 300_000 });
        await Assertions.Expect(page.Locator("#dashboard")).ToBeVisibleAsync(new() { Timeout = 600_000 });
        await File.WriteAllTextAsync(Path.Combine(browser.ScreenshotDir, "timings.txt"),
            $"turns: {string.Join(", ", turnSeconds.Select(t => t.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)))} s (end of answer to the next line starting)\n"
            + $"end of interview (last answer's click) to dashboard: {lastClick.Elapsed.TotalSeconds:0.0} s\n");
        await browser.ScreenshotAsync(page, "03-dashboard");
        rules.ShouldNotBeEmpty();
        rules.ShouldAllBe(r => r.Length > 0);
        (await page.Locator("[data-answer-id]").CountAsync()).ShouldBeGreaterThanOrEqualTo(3);
        await Assertions.Expect(page.Locator("[data-card='presence']")).ToHaveCountAsync(cameraOn ? 1 : 0);

        // Every answer but the last had its video analysed while the interview went on (none without a camera).
        var sessionFolder = Path.Combine(app.DataPath, "media", "sessions", page.Url.Split('/')[^2].Replace("-", "", StringComparison.Ordinal));
        var observedAhead = Directory.GetFiles(sessionFolder, "frames-*.json").Length;
        if (cameraOn)
        {
            observedAhead.ShouldBeGreaterThanOrEqualTo(2);
        }
        else
        {
            observedAhead.ShouldBe(0);
        }

        browser.ScriptProblems.ShouldBeEmpty("the recording page (camera preview, chunk uploads) works under the content security policy");
    }

    [Fact]
    public async Task Given_interview_closed_mid_answer_When_resumed_Then_every_stored_chunk_is_kept_and_a_second_segment_is_added()
    {
        var (video, audio) = await FakeMediaAsync();
        await using var app = await PublishedApp.StartAsync();
        await using var browser = await BrowserSession.StartAsync(nameof(Given_interview_closed_mid_answer_When_resumed_Then_every_stored_chunk_is_kept_and_a_second_segment_is_added), video, audio);
        var page = await browser.NewPageAsync();
        await RegisterAsync(page, app.BaseUrl, "candidate@example.com");
        await page.GotoAsync($"{app.BaseUrl}/practice/new");
        await WaitForCircuitAsync(page);
        await page.FillAsync("#setup-role", "Data analyst");
        await page.FillAsync("#setup-count", "2");
        await page.ClickAsync("#setup-create");
        await page.WaitForURLAsync("**/interview");
        var interviewUrl = page.Url;
        var sessionFolder = Path.Combine(app.DataPath, "media", "sessions", interviewUrl.Split('/')[^2].Replace("-", "", StringComparison.Ordinal));

        // Record for a while, then close the tab mid-answer
        await page.ClickAsync("#start-interview");
        await Assertions.Expect(page.Locator("#end-answer")).ToBeVisibleAsync(new() { Timeout = 180_000 });
        await page.WaitForTimeoutAsync(7000);
        var firstSegment = Path.Combine(sessionFolder, "segment-0.webm");
        var storedBeforeClose = new FileInfo(firstSegment).Length;
        storedBeforeClose.ShouldBeGreaterThan(0);
        await page.Context.CloseAsync();

        // Resume in a new tab: the same question is asked again and recording continues in segment 1
        var resumed = await browser.NewPageAsync();
        await LogInAsync(resumed, app.BaseUrl, "candidate@example.com");
        await resumed.GotoAsync(interviewUrl);
        await WaitForCircuitAsync(resumed);
        await Assertions.Expect(resumed.Locator("#start-interview")).ToContainTextAsync("Continue");
        await resumed.ClickAsync("#start-interview");
        await Assertions.Expect(resumed.Locator("#end-answer")).ToBeVisibleAsync(new() { Timeout = 180_000 });
        await resumed.WaitForTimeoutAsync(4000);
        await resumed.ClickAsync("#end-interview");
        await resumed.WaitForURLAsync("**/results", new() { Timeout = 300_000 });

        new FileInfo(firstSegment).Length.ShouldBeGreaterThanOrEqualTo(storedBeforeClose);
        File.Exists(Path.Combine(sessionFolder, "segment-1.webm")).ShouldBeTrue();
        await Assertions.Expect(resumed.Locator("#dashboard")).ToBeVisibleAsync(new() { Timeout = 600_000 });
        await browser.ScreenshotAsync(resumed, "01-dashboard-after-resume");
    }

    [Fact]
    public async Task Given_candidate_falls_silent_after_speaking_When_seven_seconds_pass_Then_the_answer_ends_without_the_button()
    {
        // Arrange: a microphone that speaks for 4 s, then stays silent for 14 s (Chromium loops it)
        var dir = Directory.CreateTempSubdirectory("ii-silence-").FullName;
        var microphone = Path.Combine(dir, "speech-then-silence.wav");
        await Ffmpeg.RunAsync("-i", TestAssets.TestData("video/A_lrs2_00016.mp4"), "-f", "lavfi", "-i", "anullsrc=r=48000:cl=mono",
            "-filter_complex", "[0:a]atrim=0:4,aformat=sample_rates=48000:channel_layouts=mono[a];[1:a]atrim=0:14[b];[a][b]concat=n=2:v=0:a=1",
            "-c:a", "pcm_s16le", microphone);
        await using var app = await PublishedApp.StartAsync();
        await using var browser = await BrowserSession.StartAsync(nameof(Given_candidate_falls_silent_after_speaking_When_seven_seconds_pass_Then_the_answer_ends_without_the_button), fakeMicrophone: microphone);
        var page = await browser.NewPageAsync();
        await RegisterAsync(page, app.BaseUrl, "candidate@example.com");
        await page.GotoAsync($"{app.BaseUrl}/practice/new");
        await WaitForCircuitAsync(page);
        await page.FillAsync("#setup-role", "Teacher");
        await page.ClickAsync("#setup-camera");
        await page.ClickAsync("#setup-create");
        await page.WaitForURLAsync("**/interview");
        await page.ClickAsync("#start-interview");
        await Assertions.Expect(page.Locator("#end-answer")).ToBeVisibleAsync(new() { Timeout = 180_000 });
        var firstTurn = await page.Locator("#interview").GetAttributeAsync("data-turn");

        // Act: nobody clicks
        await page.WaitUntilAsync($"document.querySelector('#interview')?.dataset.turn !== '{firstTurn}'", 300_000);

        // Assert: the interviewer moved on and said why
        await Assertions.Expect(page.Locator("#turn-reason")).ToHaveAttributeAsync("data-rule", new System.Text.RegularExpressions.Regex(".+"));
        await browser.ScreenshotAsync(page, "01-after-silence");
    }

    [Fact]
    public async Task Given_camera_permission_denied_When_the_interview_opens_Then_a_clear_message_and_a_retry()
    {
        await using var app = await PublishedApp.StartAsync();
        await using var browser = await BrowserSession.StartAsync(nameof(Given_camera_permission_denied_When_the_interview_opens_Then_a_clear_message_and_a_retry), denyMedia: true);
        var page = await browser.NewPageAsync();
        await RegisterAsync(page, app.BaseUrl, "candidate@example.com");
        await page.GotoAsync($"{app.BaseUrl}/practice/new");
        await WaitForCircuitAsync(page);
        await page.FillAsync("#setup-role", "Nurse");
        await page.ClickAsync("#setup-create");

        await Assertions.Expect(page.Locator("#media-error")).ToContainTextAsync("permission was denied", new() { Timeout = 180_000 });
        await Assertions.Expect(page.Locator("#retry-media")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#start-interview")).ToBeDisabledAsync();
        await browser.ScreenshotAsync(page, "01-denied");
    }

    private static async Task<(string Video, string Audio)> FakeMediaAsync()
    {
        var dir = Directory.CreateTempSubdirectory("ii-fake-media-").FullName;
        var (video, audio) = (Path.Combine(dir, "camera.y4m"), Path.Combine(dir, "microphone.wav"));
        var clip = TestAssets.TestData("video/A_lrs2_00016.mp4");
        await Ffmpeg.RunAsync("-i", clip, "-vf", "scale=640:480,setsar=1,fps=15", "-pix_fmt", "yuv420p", video);
        await Ffmpeg.RunAsync("-i", clip, "-vn", "-ac", "1", "-ar", "48000", "-c:a", "pcm_s16le", audio);
        return (video, audio);
    }
}
