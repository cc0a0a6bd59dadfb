using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Auth;

/// <summary>The account's time zone and accommodation default over <c>/api/me/preferences</c>, on the real host.</summary>
[Trait("Category", "Integration")]
public sealed class AccountPreferencesTests : IDisposable
{
    private readonly AppFactory app = new();

    [Fact]
    public async Task Given_a_new_account_When_preferences_are_read_Then_utc_and_no_accommodation()
    {
        var id = await TestAccounts.RegisterAsync(app, "new@example.com");

        using var body = JsonDocument.Parse(await app.CreateClientAs(id, Roles.Candidate).GetStringAsync("/api/me/preferences"));

        body.RootElement.GetProperty("timeZone").GetString().ShouldBe("");
        body.RootElement.GetProperty("accommodationByDefault").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Given_a_known_time_zone_When_preferences_are_put_Then_they_are_saved_and_other_modules_read_them()
    {
        // Arrange
        var id = await TestAccounts.RegisterAsync(app, "la@example.com");
        var client = app.CreateClientAs(id, Roles.Candidate);

        // Act
        using var response = await client.PutAsJsonAsync("/api/me/preferences", new { timeZone = "America/Los_Angeles", accommodationByDefault = true });

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var saved = await app.Services.GetRequiredService<IAuthApi>().GetPreferencesAsync(id);
        saved.ShouldBe(new AccountPreferences("America/Los_Angeles", true));
        using var read = JsonDocument.Parse(await client.GetStringAsync("/api/me/preferences"));
        read.RootElement.GetProperty("timeZone").GetString().ShouldBe("America/Los_Angeles");
    }

    [Fact]
    public async Task Given_an_unknown_time_zone_When_preferences_are_put_Then_400_with_a_clear_message_and_nothing_saved()
    {
        // Arrange
        var id = await TestAccounts.RegisterAsync(app, "mars@example.com");
        var client = app.CreateClientAs(id, Roles.Candidate);
        await TestAccounts.SetPreferencesAsync(client, "Europe/London", accommodationByDefault: false);

        // Act
        using var response = await client.PutAsJsonAsync("/api/me/preferences", new { timeZone = "Mars/Olympus_Mons", accommodationByDefault = true });

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("detail").GetString()!.ShouldContain("'Mars/Olympus_Mons' is not a time zone this server knows");
        (await app.Services.GetRequiredService<IAuthApi>().GetPreferencesAsync(id)).ShouldBe(new AccountPreferences("Europe/London", false));
    }

    [Fact]
    public async Task Given_saved_preferences_When_the_account_exports_its_data_Then_account_json_holds_them()
    {
        // Arrange
        var id = await TestAccounts.RegisterAsync(app, "export@example.com");
        var client = app.CreateClientAs(id, Roles.Candidate);
        await TestAccounts.SetPreferencesAsync(client, "Pacific/Auckland", accommodationByDefault: true);

        // Act
        await using var zip = new ZipArchive(await client.GetStreamAsync("/api/me/export"));

        // Assert
        await using var entry = await zip.GetEntry("account.json")!.OpenAsync();
        using var account = await JsonDocument.ParseAsync(entry);
        account.RootElement.GetProperty("timeZone").GetString().ShouldBe("Pacific/Auckland");
        account.RootElement.GetProperty("accommodationByDefault").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Given_anonymous_caller_When_preferences_are_read_Then_401()
    {
        using var response = await app.CreateAnonymousClient().GetAsync("/api/me/preferences");

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/practice/new", "setup-accommodation")]
    [InlineData("/practice/upload", "upload-accommodation")]
    public async Task Given_accommodation_by_default_When_a_set_up_page_is_opened_Then_its_switch_is_on(string page, string switchId)
    {
        // Arrange: one account with the default on, one without
        var on = await TestAccounts.RegisterAsync(app, "on@example.com");
        var off = await TestAccounts.RegisterAsync(app, "off@example.com");
        await TestAccounts.SetPreferencesAsync(app.CreateClientAs(on, Roles.Candidate), null, accommodationByDefault: true);

        // Act: the prerendered page (the circuit later renders the same state)
        var withDefault = await app.CreateClientAs(on, Roles.Candidate).GetStringAsync(page);
        var without = await app.CreateClientAs(off, Roles.Candidate).GetStringAsync(page);

        // Assert
        SwitchIsOn(withDefault, switchId).ShouldBeTrue();
        SwitchIsOn(without, switchId).ShouldBeFalse();
    }

    /// <summary>Whether the MudSwitch's checkbox with this id is rendered checked.</summary>
    private static bool SwitchIsOn(string html, string id)
    {
        var input = System.Text.RegularExpressions.Regex.Match(html, $"<input[^>]*id=\"{id}\"[^>]*>");
        input.Success.ShouldBeTrue(html);
        return input.Value.Contains("checked", StringComparison.Ordinal) && !input.Value.Contains("aria-checked=\"false\"", StringComparison.Ordinal);
    }

    public void Dispose() => app.Dispose();
}
