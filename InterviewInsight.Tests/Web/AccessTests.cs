using System.Net;
using System.Net.Http.Json;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Web;

[Trait("Category", "Integration")]
public sealed class AccessTests : IDisposable
{
    private readonly AppFactory app = new();

    [Theory]
    [InlineData("/")]
    [InlineData("/health")]
    [InlineData("/health/ready")]
    [InlineData("/Account/Login")]
    [InlineData("/Account/Register")]
    [InlineData("/Account/ForgotPassword")]
    [InlineData("/api/openapi/v1.json")]
    public async Task Given_anonymous_visitor_When_opening_public_route_Then_it_is_served(string route)
    {
        // Act
        var response = await app.CreateAnonymousClient().GetAsync(route);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK, route);
    }

    [Theory]
    [InlineData("/practice/new")]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/admin/status")]
    [InlineData("/admin/settings")]
    [InlineData("/coach")]
    [InlineData("/Account/Manage")]
    [InlineData("/Account/Manage/Preferences")]
    [InlineData("/practice/5d4f7c1e-1111-4a4a-9b9b-000000000001/share")]
    [InlineData("/practice/5d4f7c1e-1111-4a4a-9b9b-000000000001/answers/5d4f7c1e-1111-4a4a-9b9b-000000000002/retake")]
    [InlineData("/progress/compare")]
    public async Task Given_anonymous_visitor_When_opening_protected_page_Then_redirected_to_login(string route)
    {
        // Act
        var response = await app.CreateAnonymousClient().GetAsync(route);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/Login");
    }

    [Fact]
    public async Task Given_anonymous_caller_When_calling_api_Then_401_not_a_login_page()
    {
        var response = await app.CreateAnonymousClient().GetAsync("/api/sessions");
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("/admin")]
    [InlineData("/admin/users")]
    [InlineData("/admin/status")]
    [InlineData("/admin/settings")]
    [InlineData("/admin/jobs")]
    public async Task Given_candidate_When_opening_the_admin_area_Then_forbidden(string route)
    {
        // Not /coach: any signed-in account may be named by a share, so it needs any role (docs/architecture.md, "Access").
        // Act
        var response = await app.CreateClientAs("candidate-1", Roles.Candidate).GetAsync(route);

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Given_admin_When_opening_admin_pages_Then_served()
    {
        var client = app.CreateClientAs("admin-1", Roles.Admin);
        (await client.GetAsync("/admin/users")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/admin/status")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync("/admin/jobs")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetStringAsync("/admin/settings")).ShouldContain("expressions-switch");
    }

    [Fact]
    public async Task Given_admin_When_opening_the_admin_area_Then_it_links_users_status_settings_and_jobs()
    {
        // Act
        var html = await app.CreateClientAs("admin-1", Roles.Admin).GetStringAsync("/admin");

        // Assert: on the page itself, not only in the navigation menu.
        var start = html.IndexOf("id=\"admin-areas\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(-1);
        var areas = html[start..];
        foreach (var link in new[] { "/admin/users", "/admin/status", "/admin/settings", "/admin/jobs" })
        {
            areas.ShouldContain($"href=\"{link}\"", customMessage: link);
        }
    }

    [Fact]
    public async Task Given_session_of_another_user_When_candidate_requests_it_Then_404_and_absent_from_list()
    {
        // Arrange
        var live = app.Services.GetRequiredService<ILiveApi>();
        var setUp = new SessionSetUp("Backend engineer", "Payments", Seniority.Mid, InterviewType.Mixed, 3, null, true, new AnalysisConsent(true, true, false));
        var othersSession = await live.CreateSessionAsync("owner-a", SessionKind.Live, setUp);
        var ownSession = await live.CreateSessionAsync("owner-b", SessionKind.Live, setUp);
        var intruder = app.CreateClientAs("owner-b", Roles.Candidate);

        // Act
        var direct = await intruder.GetAsync($"/api/sessions/{othersSession}");
        var list = await intruder.GetFromJsonAsync<List<PracticeSessionSummary>>("/api/sessions", ApiJson.Options);
        var page = await intruder.GetStringAsync($"/practice/{othersSession}");

        // Assert
        direct.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        list!.Select(s => s.Id).ShouldBe([ownSession]);
        page.ShouldNotContain("Payments");
        (await intruder.GetAsync($"/api/sessions/{ownSession}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_running_app_When_an_admin_checks_readiness_Then_databases_are_migrated()
    {
        var body = await app.CreateClientAs("root", Roles.Admin).GetStringAsync("/health/ready");
        body.ShouldContain("\"databases\"");
        body.ShouldContain("All module databases reachable and migrated.");
    }

    public void Dispose() => app.Dispose();
}
