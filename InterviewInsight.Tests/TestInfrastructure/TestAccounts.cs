using System.Net.Http.Json;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Auth.Services;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>Real accounts (registered through Identity) for tests that read per-account settings.</summary>
public static class TestAccounts
{
    public const string Password = "Practice2026";

    /// <summary>Registers the account and returns its id.</summary>
    public static async Task<string> RegisterAsync(AppFactory app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        (await scope.ServiceProvider.GetRequiredService<AccountRegistrar>().RegisterAsync(email, Password)).Succeeded.ShouldBeTrue();
        return (await app.Services.GetRequiredService<IAuthApi>().FindUserByEmailAsync(email))!.Id;
    }

    /// <summary>Saves the account's preferences through <c>PUT /api/me/preferences</c>, as the account page's API would.</summary>
    public static async Task SetPreferencesAsync(HttpClient client, string? timeZone, bool accommodationByDefault)
    {
        using var response = await client.PutAsJsonAsync("/api/me/preferences", new { timeZone, accommodationByDefault });
        response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync());
    }
}
