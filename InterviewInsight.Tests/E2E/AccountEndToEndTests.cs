using Microsoft.Playwright;
using static InterviewInsight.Tests.E2E.AccountFlows;

namespace InterviewInsight.Tests.E2E;

[Trait("Category", "E2E")]
public sealed class AccountEndToEndTests
{
    [Fact]
    public async Task Given_new_instance_When_first_user_registers_toggles_theme_and_logs_out_and_in_Then_everything_works()
    {
        await using var app = await PublishedApp.StartAsync();
        await using var browser = await BrowserSession.StartAsync(nameof(Given_new_instance_When_first_user_registers_toggles_theme_and_logs_out_and_in_Then_everything_works));
        var page = await browser.NewPageAsync();

        // Landing page for visitors
        await page.GotoAsync(app.BaseUrl);
        await Assertions.Expect(page.Locator("#landing")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "01-landing");

        // Register: the first account is the admin and lands on an empty home page with a clear first action
        await RegisterAsync(page, app.BaseUrl, "first@example.com");
        await Assertions.Expect(page.Locator("#empty-state")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#nav-admin-users")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "02-home-empty");

        // Theme toggles and is remembered across a reload
        await WaitForCircuitAsync(page);
        var toggle = page.Locator("#theme-toggle");
        var before = await toggle.GetAttributeAsync("data-theme");
        await toggle.ClickAsync();
        var after = before == "dark" ? "light" : "dark";
        await Assertions.Expect(toggle).ToHaveAttributeAsync("data-theme", after);
        await browser.ScreenshotAsync(page, "03-home-toggled-theme");
        await page.ReloadAsync();
        await WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#theme-toggle")).ToHaveAttributeAsync("data-theme", after);

        // Log out, then log back in
        await LogOutAsync(page);
        await LogInAsync(page, app.BaseUrl, "first@example.com");
        await Assertions.Expect(page.Locator("#empty-state")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#signed-in-as")).ToContainTextAsync("first@example.com");

        // The pages worked under the content security policy without it blocking anything
        browser.ScriptProblems.ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_second_user_When_registered_Then_candidate_without_admin_access_and_bad_input_gets_clear_messages()
    {
        await using var app = await PublishedApp.StartAsync();
        await using var browser = await BrowserSession.StartAsync(nameof(Given_second_user_When_registered_Then_candidate_without_admin_access_and_bad_input_gets_clear_messages));
        var page = await browser.NewPageAsync();
        await RegisterAsync(page, app.BaseUrl, "admin@example.com");
        await LogOutAsync(page);

        // Weak password
        await RegisterAsync(page, app.BaseUrl, "second@example.com", "short");
        await Assertions.Expect(page.Locator(".field-error, .validation-message").First).ToContainTextAsync("at least 8 characters");
        await browser.ScreenshotAsync(page, "01-weak-password");

        // Duplicate e-mail
        await RegisterAsync(page, app.BaseUrl, "admin@example.com");
        await Assertions.Expect(page.Locator("#status-message")).ToContainTextAsync("already exists");
        await browser.ScreenshotAsync(page, "02-duplicate-email");

        // Second account is a candidate
        await RegisterAsync(page, app.BaseUrl, "second@example.com");
        await Assertions.Expect(page.Locator("#empty-state")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#nav-admin-users")).ToHaveCountAsync(0);
        await page.GotoAsync($"{app.BaseUrl}/admin/users");
        await Assertions.Expect(page.Locator("#access-denied")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "03-candidate-denied-admin");

        // Wrong password
        await page.GotoAsync(app.BaseUrl);
        await LogOutAsync(page);
        await LogInAsync(page, app.BaseUrl, "second@example.com", "WrongPassword1");
        await Assertions.Expect(page.Locator("#status-message")).ToContainTextAsync("do not match an account");
        await browser.ScreenshotAsync(page, "04-bad-login");
    }

    [Fact]
    public async Task Given_user_who_cannot_log_in_When_admin_sets_new_password_Then_user_logs_in_with_it()
    {
        await using var app = await PublishedApp.StartAsync();
        await using var browser = await BrowserSession.StartAsync(nameof(Given_user_who_cannot_log_in_When_admin_sets_new_password_Then_user_logs_in_with_it));
        var page = await browser.NewPageAsync();
        await RegisterAsync(page, app.BaseUrl, "admin@example.com");
        await LogOutAsync(page);
        await RegisterAsync(page, app.BaseUrl, "forgetful@example.com");
        await LogOutAsync(page);

        // Admin sets a new password from the users page
        await LogInAsync(page, app.BaseUrl, "admin@example.com");
        await page.GotoAsync($"{app.BaseUrl}/admin/users");
        await WaitForCircuitAsync(page);
        await Assertions.Expect(page.Locator("#users-table")).ToContainTextAsync("forgetful@example.com");
        await browser.ScreenshotAsync(page, "01-admin-users");
        await page.ClickAsync("[data-reset-for='forgetful@example.com']");
        await page.FillAsync("#new-password", "BrandNew2026");
        await page.ClickAsync("#confirm-reset");
        await Assertions.Expect(page.Locator("#reset-panel")).ToHaveCountAsync(0);
        await browser.ScreenshotAsync(page, "02-password-set");
        await LogOutAsync(page);

        // The old password no longer works; the new one does
        await LogInAsync(page, app.BaseUrl, "forgetful@example.com");
        await Assertions.Expect(page.Locator("#status-message")).ToBeVisibleAsync();
        await LogInAsync(page, app.BaseUrl, "forgetful@example.com", "BrandNew2026");
        await Assertions.Expect(page.Locator("#empty-state")).ToBeVisibleAsync();
        await browser.ScreenshotAsync(page, "03-user-logged-in");
    }
}
