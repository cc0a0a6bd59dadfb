using Microsoft.Playwright;

namespace InterviewInsight.Tests.E2E;

/// <summary>Steps on the static account pages and the interactive shell, shared by the end-to-end tests.</summary>
internal static class AccountFlows
{
    public const string Password = "Practice2026";

    public static async Task RegisterAsync(IPage page, string baseUrl, string email, string password = Password)
    {
        await page.GotoAsync($"{baseUrl}/Account/Register");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.FillAsync("#confirm", password);
        await page.ClickAsync("#register-submit");
    }

    public static async Task LogInAsync(IPage page, string baseUrl, string email, string password = Password)
    {
        await page.GotoAsync($"{baseUrl}/Account/Login");
        await page.FillAsync("#email", email);
        await page.FillAsync("#password", password);
        await page.ClickAsync("#login-submit");
    }

    public static async Task WaitForCircuitAsync(IPage page) =>
        await Assertions.Expect(page.Locator("#circuit")).ToHaveAttributeAsync("data-interactive", "true");

    public static async Task LogOutAsync(IPage page)
    {
        await WaitForCircuitAsync(page);
        await page.ClickAsync("#logout");
        await Assertions.Expect(page.Locator("#landing")).ToBeVisibleAsync();
    }
}
