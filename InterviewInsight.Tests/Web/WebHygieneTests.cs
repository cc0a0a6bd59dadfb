using System.Net;
using System.Text.RegularExpressions;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Web;

/// <summary>Security headers, private caching, readiness details, cookies, proxies and hosts on the real host.</summary>
[Trait("Category", "Integration")]
public sealed partial class WebHygieneTests
{
    private const string PublicUrl = "https://interviews.example.org";

    [Fact]
    public async Task Given_a_page_and_an_API_read_When_served_Then_both_carry_nosniff_a_referrer_policy_and_a_CSP_that_forbids_foreign_framing()
    {
        // Arrange
        await using var app = new AppFactory();

        // Act
        using var page = await app.CreateAnonymousClient().GetAsync("/Account/Login");
        using var api = await app.CreateClientAs("alice", Roles.Candidate).GetAsync("/api/sessions");
        var html = await page.Content.ReadAsStringAsync();

        // Assert
        foreach (var response in new[] { page, api })
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
            response.Headers.GetValues("Referrer-Policy").ShouldBe(["same-origin"]);
            response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'self'");
        }

        var pagePolicy = page.Headers.GetValues("Content-Security-Policy").Single();
        pagePolicy.ShouldContain("object-src 'none'");
        var nonce = ScriptNonce().Match(pagePolicy).Groups[1].Value;
        nonce.ShouldNotBeNullOrEmpty();
        // Every inline script on the page (Blazor's import map) carries this request's nonce; every other script has a src.
        foreach (Match script in ScriptTag().Matches(html))
        {
            (script.Value.Contains("src=", StringComparison.Ordinal) || script.Value.Contains($"nonce=\"{nonce}\"", StringComparison.Ordinal))
                .ShouldBeTrue(script.Value);
        }

        api.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'");
        api.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task Given_an_analysed_upload_When_its_media_result_and_report_are_read_Then_none_may_be_stored_by_a_cache()
    {
        // Arrange: a real upload analysed on the real models
        await using var app = new AppFactory();
        var alice = app.CreateClientWithAntiforgery("alice", Roles.Candidate);
        var id = await UploadRequests.UploadAsync(alice, "B_jfk.wav", await File.ReadAllBytesAsync(TestAssets.TestData("audio/B_jfk.wav")));
        (await UploadRequests.WaitForRunAsync(alice, id, TimeSpan.FromMinutes(5))).Status.ShouldBe(AnalysisRunStatus.Succeeded);

        // Act + Assert
        foreach (var path in new[] { "media", "analysis", "analysis/result", "report.pdf" })
        {
            using var response = await alice.GetAsync($"/api/sessions/{id}/{path}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
            response.Headers.CacheControl!.NoStore.ShouldBeTrue(path);
        }
    }

    [Fact]
    public async Task Given_readiness_When_an_anonymous_caller_and_an_admin_ask_Then_only_the_admin_sees_descriptions_and_paths()
    {
        // Arrange
        await using var app = new AppFactory();

        // Act
        var anonymous = await app.CreateAnonymousClient().GetStringAsync("/health/ready");
        var admin = await app.CreateClientAs("root", Roles.Admin).GetStringAsync("/health/ready");

        // Assert
        anonymous.ShouldContain("\"databases\"");
        anonymous.ShouldContain("\"status\"");
        anonymous.ShouldNotContain("description");
        anonymous.ShouldNotContain("/");
        anonymous.ShouldNotContain(app.DataPath);
        admin.ShouldContain("All module databases reachable and migrated.");
        admin.ShouldContain("Models under");
    }

    [Theory]
    [InlineData(PublicUrl, true)]
    [InlineData("http://interviews.example.org", false)]
    public async Task Given_a_public_url_When_someone_signs_in_Then_the_auth_cookie_is_Secure_exactly_when_the_url_is_https(string publicUrl, bool secure)
    {
        // Arrange
        await using var app = new AppFactory(settings: new Dictionary<string, string?> { ["App:PublicUrl"] = publicUrl }, configureServices: TestPeerAddress.AddTo);
        await TestAccounts.RegisterAsync(app, "carol@example.org");

        // Act
        using var signedIn = await AccountForms.LogInAsync(AccountForms.Browser(app, "203.0.113.7"), "carol@example.org", TestAccounts.Password);

        // Assert
        var cookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("InterviewInsight.Auth=", StringComparison.Ordinal));
        cookie.Contains("secure", StringComparison.OrdinalIgnoreCase).ShouldBe(secure, cookie);
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("10.0.0.5", false)]
    public async Task Given_a_caller_sending_X_Forwarded_For_When_it_is_or_is_not_a_configured_proxy_Then_the_header_is_believed_only_from_the_proxy(
        string? knownProxy, bool limitedAsOneClient)
    {
        // Arrange: one log-in post per client address and minute, all posts from the peer 10.0.0.5 naming different clients
        var settings = new Dictionary<string, string?> { ["RateLimits:Enabled"] = "true", ["RateLimits:LogInPerMinute"] = "1" };
        if (knownProxy is not null)
        {
            settings["Proxy:KnownProxies:0"] = knownProxy;
        }

        await using var app = new AppFactory(settings: settings, configureServices: TestPeerAddress.AddTo);

        // Act
        using var first = await LogInForwardedForAsync(app, "192.0.2.1");
        using var second = await LogInForwardedForAsync(app, "192.0.2.2");

        // Assert
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(limitedAsOneClient ? HttpStatusCode.TooManyRequests : HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_public_url_and_no_AllowedHosts_When_a_request_names_another_host_Then_it_is_refused_and_the_public_host_is_served()
    {
        // Arrange
        await using var app = new AppFactory(settings: new Dictionary<string, string?> { ["App:PublicUrl"] = PublicUrl, ["AllowedHosts"] = null });
        var client = app.CreateAnonymousClient();

        // Act
        using var otherHost = await client.GetAsync("http://attacker.example/health");
        using var publicHost = await client.GetAsync("http://interviews.example.org/health");

        // Assert
        otherHost.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        publicHost.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<HttpResponseMessage> LogInForwardedForAsync(AppFactory app, string client)
    {
        var browser = AccountForms.Browser(app, "10.0.0.5");
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        return await AccountForms.LogInAsync(browser, "nobody@example.org", "Wrong-Password1");
    }

    [GeneratedRegex("script-src 'self' 'nonce-([^']+)'")]
    private static partial Regex ScriptNonce();

    [GeneratedRegex("<script[^>]*>")]
    private static partial Regex ScriptTag();
}
