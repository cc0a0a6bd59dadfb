using Microsoft.Playwright;
using static InterviewInsight.Tests.E2E.AccountFlows;

namespace InterviewInsight.Tests.E2E;

/// <summary>
/// The pages the app serves but did not write (the Hangfire dashboard, the Scalar API reference) start and run under the
/// content security policy. The app's own pages are checked by the accessibility, account, upload and interview tests.
/// </summary>
[Trait("Category", "E2E")]
public sealed class ContentSecurityPolicyEndToEndTests
{
    [Fact]
    public async Task Given_an_admin_When_the_jobs_dashboard_and_the_API_reference_open_Then_their_scripts_run_and_nothing_is_blocked()
    {
        await using var app = await PublishedApp.StartAsync();
        await using var browser = await BrowserSession.StartAsync(nameof(Given_an_admin_When_the_jobs_dashboard_and_the_API_reference_open_Then_their_scripts_run_and_nothing_is_blocked));
        var page = await browser.NewPageAsync();
        await RegisterAsync(page, app.BaseUrl, "admin@example.com");
        await Assertions.Expect(page.Locator("#empty-state")).ToBeVisibleAsync();

        // Hangfire's dashboard script defines window.Hangfire once it has run
        await page.GotoAsync($"{app.BaseUrl}/admin/jobs");
        await page.WaitUntilAsync("typeof window.Hangfire !== 'undefined'");
        browser.ScriptProblems.ShouldBeEmpty("the app's pages and the jobs dashboard");

        // Scalar renders each operation from the OpenAPI document with a button to try it
        await page.GotoAsync($"{app.BaseUrl}/api/docs/");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Test Request (get /api/me/preferences)" }))
            .ToBeAttachedAsync(new() { Timeout = 60_000 });

        // Scalar's bundled Zod probes once whether eval is allowed (try { Function("") } catch) and works without it: that
        // refused probe is the only report expected.
        browser.ScriptProblems.ShouldAllBe(p => p.StartsWith("CSP violation: script-src blocked eval on /api/docs/", StringComparison.Ordinal));
    }
}
