using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>The static account pages' own forms, fetched and posted with their antiforgery token, from a chosen client address.</summary>
public static partial class AccountForms
{
    /// <summary>A fresh browser-like client (its own cookies) whose requests come from <paramref name="peer"/>.</summary>
    public static HttpClient Browser(AppFactory app, string peer)
    {
        var client = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add(TestPeerAddress.Header, peer);
        return client;
    }

    public static Task<HttpResponseMessage> RegisterAsync(HttpClient browser, string email) =>
        PostAsync(browser, "/Account/Register", "register", new()
        {
            ["Input.Email"] = email,
            ["Input.Password"] = TestAccounts.Password,
            ["Input.ConfirmPassword"] = TestAccounts.Password,
        });

    public static Task<HttpResponseMessage> LogInAsync(HttpClient browser, string email, string password) =>
        PostAsync(browser, "/Account/Login", "login", new() { ["Input.Email"] = email, ["Input.Password"] = password });

    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, string path, string handler, Dictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync(path);
        fields["_handler"] = handler;
        fields["__RequestVerificationToken"] = AntiforgeryToken().Match(page).Groups[1].Value;
        return await browser.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
