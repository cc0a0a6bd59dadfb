using Microsoft.Playwright;
using static InterviewInsight.Tests.E2E.AccountFlows;

namespace InterviewInsight.Tests.E2E;

/// <summary>
/// Every page that needs no recording, audited with axe-core's WCAG 2 A/AA rules as a visitor and as the first account (an Admin,
/// so the admin pages are reached too). The pages with a recording are audited in the upload and live interview tests.
/// </summary>
[Trait("Category", "E2E")]
public sealed class AccessibilityEndToEndTests
{
    [Fact]
    public async Task Given_a_visitor_and_an_admin_When_each_page_without_a_recording_is_audited_Then_no_WCAG_2_AA_violations()
    {
        await using var app = await PublishedApp.StartAsync();
        await using var browser = await BrowserSession.StartAsync(nameof(Given_a_visitor_and_an_admin_When_each_page_without_a_recording_is_audited_Then_no_WCAG_2_AA_violations));
        var page = await browser.NewPageAsync();
        foreach (var path in new[] { "/", "/Account/Login", "/Account/Register", "/Account/ForgotPassword", "/not-found" })
        {
            await page.GotoAsync($"{app.BaseUrl}{path}");
            if (!path.StartsWith("/Account/", StringComparison.Ordinal))
            {
                await WaitForCircuitAsync(page); // the account pages are static; every other page is interactive
            }

            await AccessibilityAudit.AssertNoViolationsAsync(page, $"{path} (visitor)");
        }

        await RegisterAsync(page, app.BaseUrl, "admin@example.com");
        await Assertions.Expect(page.Locator("#empty-state")).ToBeVisibleAsync();
        await WaitForCircuitAsync(page);
        await AccessibilityAudit.AssertNoViolationsAsync(page, "home (empty)");
        var pages = new (string Path, string Ready)[]
        {
            ("/practice/new", "form"),
            ("/practice/upload", "#upload-file"),
            ("/progress", "#progress-empty"),
            ("/coach", "#coach-empty"),
            ("/sharing", "#share-email"),
            ("/coach/cohorts", "#cohort-name"),
            ("/coach/candidates/nobody/progress", "#shared-progress-missing"),
            ("/question-sets", "h1"),
            ("/coach/question-sets", "h1"),
            ("/admin", "#admin-areas"),
            ("/admin/users", "h1"),
            ("/admin/status", "h1"),
            ("/admin/settings", "#registration-mode"),
            ("/admin/audit", "h1"),
            ("/Account/Manage", "#account-email"),
            ("/Account/Manage/ChangePassword", "form"),
            ("/Account/Manage/Preferences", "form"),
            ("/Account/Manage/DeleteAccount", "form"),
        };
        foreach (var (path, ready) in pages)
        {
            await page.GotoAsync($"{app.BaseUrl}{path}");
            await Assertions.Expect(page.Locator(ready).First).ToBeVisibleAsync();
            if (!path.StartsWith("/Account/", StringComparison.Ordinal))
            {
                await WaitForCircuitAsync(page);
            }

            await AccessibilityAudit.AssertNoViolationsAsync(page, path);
        }

        browser.ScriptProblems.ShouldBeEmpty("every page above works under the content security policy");
    }
}
