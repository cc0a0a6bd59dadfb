using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;
using netDumbster.smtp;

namespace InterviewInsight.Tests.Modules.Coaching;

/// <summary>Sharing with an address that has no account: the invitation link, by e-mail when SMTP is set, and accepting it.</summary>
[Trait("Category", "Integration")]
public sealed class ShareInvitationTests
{
    private const string PublicUrl = "https://interviews.example.org";

    [Fact]
    public async Task Given_no_SMTP_When_an_unknown_address_is_invited_and_accepts_Then_a_coach_account_reads_the_session_and_the_link_is_spent()
    {
        // Arrange
        await using var app = new AppFactory();
        var ownerId = await TestAccounts.RegisterAsync(app, "candidate@example.org");
        var sessionId = await NewSessionAsync(app, ownerId);
        var owner = app.CreateClientWithAntiforgery(ownerId, "Candidate");

        // Act: share, then accept through the page's own form
        using var shared = await owner.PostAsJsonAsync($"/api/sessions/{sessionId}/shares", new { email = "new.coach@example.org" });
        var url = (await shared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invitationUrl").GetString()!;
        var listedBefore = await owner.GetStringAsync($"/api/sessions/{sessionId}/shares");
        var browser = app.CreateAnonymousClient();
        var path = new Uri(url).AbsolutePath;
        var page = await browser.GetStringAsync(path);
        using var accepted = await AcceptAsync(browser, path);

        // Assert
        shared.StatusCode.ShouldBe(HttpStatusCode.Created);
        url.ShouldMatch("^http://localhost/invitations/[A-Za-z0-9_-]{43}$");
        listedBefore.ShouldContain("\"pending\":true");
        listedBefore.ShouldNotContain(path.Split('/')[^1]);
        page.ShouldContain("new.coach@example.org");
        page.ShouldContain("candidate@example.org");
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect, await accepted.Content.ReadAsStringAsync());
        accepted.Headers.Location!.ToString().ShouldContain("/Account/Login");
        var coach = (await app.Services.GetRequiredService<IAuthApi>().FindUserByEmailAsync("new.coach@example.org")).ShouldNotBeNull();
        coach.Role.ShouldBe(Roles.Coach);
        (await app.CreateClientAs(coach.Id, Roles.Coach).GetAsync($"/api/sessions/{sessionId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await owner.GetStringAsync($"/api/sessions/{sessionId}/shares")).ShouldContain("\"pending\":false");
        (await browser.GetStringAsync(path)).ShouldContain("id=\"invitation-missing\"");
        (await browser.GetStringAsync("/invitations/not-a-token")).ShouldContain("id=\"invitation-missing\"");
    }

    [Fact]
    public async Task Given_two_candidates_inviting_one_address_When_one_link_is_accepted_Then_only_that_candidates_shares_follow()
    {
        // Arrange: without SMTP each owner is handed the link, so a link must never carry another owner's shares
        await using var app = new AppFactory();
        var (ownerA, ownerB) = (await TestAccounts.RegisterAsync(app, "a@example.org"), await TestAccounts.RegisterAsync(app, "b@example.org"));
        var (sessionA, sessionB) = (await NewSessionAsync(app, ownerA), await NewSessionAsync(app, ownerB));
        using var sharedA = await app.CreateClientAs(ownerA, "Candidate").PostAsJsonAsync($"/api/sessions/{sessionA}/shares", new { email = "same.coach@example.org" });
        using var sharedB = await app.CreateClientAs(ownerB, "Candidate").PostAsJsonAsync($"/api/sessions/{sessionB}/shares", new { email = "same.coach@example.org" });
        var linkA = new Uri((await sharedA.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("invitationUrl").GetString()!).AbsolutePath;

        // Act
        using var accepted = await AcceptAsync(app.CreateAnonymousClient(), linkA);

        // Assert
        accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var coach = app.CreateClientAs((await app.Services.GetRequiredService<IAuthApi>().FindUserByEmailAsync("same.coach@example.org"))!.Id, Roles.Coach);
        (await coach.GetAsync($"/api/sessions/{sessionA}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await coach.GetAsync($"/api/sessions/{sessionB}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClientAs(ownerB, "Candidate").GetStringAsync($"/api/sessions/{sessionB}/shares")).ShouldContain("\"pending\":true");
    }

    [Fact]
    public async Task Given_SMTP_and_a_public_URL_When_an_unknown_address_is_invited_Then_the_link_is_e_mailed_on_the_public_address_not_returned()
    {
        // Arrange: a real SMTP conversation with a loopback server
        using var smtp = SimpleSmtpServer.Start(LoopbackPort.Free());
        await using var app = new AppFactory(settings: new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Configuration.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:EnableSsl"] = "false",
            ["App:PublicUrl"] = PublicUrl,
        });
        var ownerId = await TestAccounts.RegisterAsync(app, "candidate@example.org");
        var sessionId = await NewSessionAsync(app, ownerId);

        // Act: the sender returns once the SMTP server has taken the message
        using var shared = await app.CreateClientAs(ownerId, "Candidate").PostAsJsonAsync($"/api/sessions/{sessionId}/shares", new { email = "mentor@example.org" });

        // Assert
        shared.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await shared.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("invitationUrl", out var url).ShouldBeTrue();
        url.ValueKind.ShouldBe(JsonValueKind.Null);
        var mail = smtp.ReceivedEmail.ShouldHaveSingleItem();
        mail.ToAddresses.ShouldHaveSingleItem().Address.ShouldBe("mentor@example.org");
        mail.MessageParts[0].BodyData.ShouldMatch($"{Regex.Escape(PublicUrl)}/invitations/[A-Za-z0-9_-]{{43}}");
    }

    /// <summary>Posts the invitation page's own form with its antiforgery token and a new password.</summary>
    private static async Task<HttpResponseMessage> AcceptAsync(HttpClient browser, string path)
    {
        var page = await browser.GetStringAsync(path);
        return await browser.PostAsync(path, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "accept-invitation",
            ["__RequestVerificationToken"] = FormToken.Antiforgery(page),
            ["Input.Password"] = TestAccounts.Password,
            ["Input.ConfirmPassword"] = TestAccounts.Password,
        }));
    }

    private static Task<Guid> NewSessionAsync(AppFactory app, string ownerId) =>
        app.Services.GetRequiredService<ILiveApi>().CreateSessionAsync(ownerId, SessionKind.Live,
            new SessionSetUp("Analyst", "", Seniority.Junior, InterviewType.Mixed, 2, null, false, new AnalysisConsent(true, false, false)));
}
