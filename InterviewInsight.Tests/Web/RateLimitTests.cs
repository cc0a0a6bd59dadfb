using System.Net;
using System.Text.Json;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Web;

/// <summary>The <c>RateLimits</c> section on the real host: per client address for register and log-in, per user for chunks.</summary>
[Trait("Category", "Integration")]
public sealed class RateLimitTests
{
    private const string Peer = "203.0.113.7";
    private const string OtherPeer = "198.51.100.9";

    [Fact]
    public async Task Given_a_register_limit_When_one_address_registers_in_a_burst_Then_the_posts_over_it_get_429_with_Retry_After_and_another_address_is_not_held_back()
    {
        // Arrange
        await using var app = Limited(("RateLimits:RegisterPerMinute", "3"));
        var auth = app.Services.GetRequiredService<IAuthApi>();

        // Act: each registration from a fresh browser, all from one address
        var accepted = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await AccountForms.RegisterAsync(AccountForms.Browser(app, Peer), $"burst{i}@example.org");
            accepted.Add(response.StatusCode);
        }

        using var rejected = await AccountForms.RegisterAsync(AccountForms.Browser(app, Peer), "burst3@example.org");
        using var elsewhere = await AccountForms.RegisterAsync(AccountForms.Browser(app, OtherPeer), "elsewhere@example.org");

        // Assert
        accepted.ShouldAllBe(s => s != HttpStatusCode.TooManyRequests);
        (await auth.FindUserByEmailAsync("burst2@example.org")).ShouldNotBeNull();
        rejected.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        rejected.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeInRange(1, 60);
        (await rejected.Content.ReadAsStringAsync()).ShouldContain("accounts created from this address");
        (await auth.FindUserByEmailAsync("burst3@example.org")).ShouldBeNull();
        elsewhere.StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        (await auth.FindUserByEmailAsync("elsewhere@example.org")).ShouldNotBeNull();
    }

    [Fact]
    public async Task Given_a_log_in_limit_When_one_address_posts_the_form_over_it_Then_429_while_showing_the_form_is_not_counted()
    {
        // Arrange
        await using var app = Limited(("RateLimits:LogInPerMinute", "2"));
        var browser = AccountForms.Browser(app, Peer);

        // Act: each attempt also fetches the form (a GET), which must not use up the limit
        using var first = await AccountForms.LogInAsync(browser, "nobody@example.org", "Wrong-Password1");
        using var second = await AccountForms.LogInAsync(browser, "nobody@example.org", "Wrong-Password1");
        using var third = await AccountForms.LogInAsync(browser, "nobody@example.org", "Wrong-Password1");
        using var form = await browser.GetAsync("/Account/Login");

        // Assert
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        third.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        third.Headers.RetryAfter!.Delta.ShouldNotBeNull();
        (await third.Content.ReadAsStringAsync()).ShouldContain("log-in attempts");
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_chunk_limit_When_one_user_sends_over_it_Then_a_problem_names_the_limit_and_another_user_is_not_held_back()
    {
        // Arrange
        await using var app = Limited(("RateLimits:ChunksPerMinute", "2"));
        var alice = app.CreateClientWithAntiforgery("alice", Roles.Candidate);
        var bob = app.CreateClientWithAntiforgery("bob", Roles.Candidate);
        var chunks = $"/api/live/{Guid.NewGuid()}/segments/0/chunks";

        // Act
        using var a0 = await alice.PostAsync($"{chunks}/0", Chunk());
        using var a1 = await alice.PostAsync($"{chunks}/1", Chunk());
        using var a2 = await alice.PostAsync($"{chunks}/2", Chunk());
        using var b0 = await bob.PostAsync($"{chunks}/0", Chunk());

        // Assert
        a0.StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        a1.StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
        a2.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        a2.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        a2.Headers.RetryAfter!.Delta!.Value.TotalSeconds.ShouldBeInRange(1, 60);
        using var problem = JsonDocument.Parse(await a2.Content.ReadAsStringAsync());
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(429);
        problem.RootElement.GetProperty("limit").GetString().ShouldBe("chunks");
        problem.RootElement.GetProperty("detail").GetString()!.ShouldContain("recording chunks");
        b0.StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Given_limits_turned_off_When_posting_far_over_the_numbers_Then_nothing_is_limited()
    {
        // Arrange
        await using var app = new AppFactory(
            settings: new Dictionary<string, string?> { ["RateLimits:Enabled"] = "false", ["RateLimits:LogInPerMinute"] = "1", ["RateLimits:ChunksPerMinute"] = "1" },
            configureServices: TestPeerAddress.AddTo);
        var browser = AccountForms.Browser(app, Peer);
        var alice = app.CreateClientWithAntiforgery("alice", Roles.Candidate);
        var statuses = new List<HttpStatusCode>();

        // Act
        for (var i = 0; i < 3; i++)
        {
            using var logIn = await AccountForms.LogInAsync(browser, "nobody@example.org", "Wrong-Password1");
            using var chunk = await alice.PostAsync($"/api/live/{Guid.NewGuid()}/segments/0/chunks/{i}", Chunk());
            statuses.Add(logIn.StatusCode);
            statuses.Add(chunk.StatusCode);
        }

        // Assert
        statuses.Count.ShouldBe(6);
        statuses.ShouldAllBe(s => s != HttpStatusCode.TooManyRequests);
    }

    private static AppFactory Limited(params (string Key, string Value)[] limits)
    {
        var settings = new Dictionary<string, string?> { ["RateLimits:Enabled"] = "true" };
        foreach (var (key, value) in limits)
        {
            settings[key] = value;
        }

        return new AppFactory(settings: settings, configureServices: TestPeerAddress.AddTo);
    }

    private static ByteArrayContent Chunk()
    {
        var content = new ByteArrayContent(new byte[16]);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("video/webm");
        return content;
    }
}
