using System.Security.Claims;
using Bunit;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Auth.Services;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Reports.Links;
using InterviewInsight.Modules.Shared.Configuration;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;

namespace InterviewInsight.Tests.Modules.Reports;

/// <summary>The share page on the app's real services (SQLite in a temp folder): create a link, copy it, revoke it only after confirming.</summary>
public sealed class ReportLinksPageTests : BunitContext, IAsyncLifetime
{
    private readonly AppFactory app = new(settings: new Dictionary<string, string?> { ["App:PublicUrl"] = "https://interviews.example.org" });
    private Guid sessionId;

    public ReportLinksPageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        var auth = AddAuthorization();
        auth.SetAuthorized("alice");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "alice"));
        Services.AddSingleton<IHttpContextAccessor, HttpContextAccessor>();
        Services.AddScoped<ICurrentUser, CurrentUser>();
        Services.AddSingleton(_ => app.Services.GetRequiredService<ILiveApi>());
        Services.AddSingleton(_ => app.Services.GetRequiredService<ReportLinks>());
        Services.AddSingleton(_ => app.Services.GetRequiredService<IOptions<AppOptions>>());
    }

    public async Task InitializeAsync() =>
        sessionId = await app.Services.GetRequiredService<ILiveApi>().CreateSessionAsync("alice", SessionKind.Live,
            new SessionSetUp("Product manager", "", Seniority.Senior, InterviewType.Behavioural, 3, null, true, new AnalysisConsent(true, true, true)));

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await app.DisposeAsync();
        Directory.Delete(app.DataPath, recursive: true);
    }

    [Fact]
    public async Task Given_the_share_page_When_a_link_is_created_copied_and_revoked_Then_revoking_asks_first_and_only_yes_revokes()
    {
        // Arrange
        var dialogs = Render<MudDialogProvider>();
        var cut = Render<ReportLinksPage>(p => p.Add(c => c.SessionId, sessionId));
        cut.Find("#no-links");

        // Act: create and copy
        cut.Find("#create-link").Click();
        cut.WaitForElement("#created-link-url");
        var url = cut.Find("#created-link-url").TextContent;
        cut.Find("#copy-link").Click();

        // Assert: the URL is on the public address and went to the clipboard; the table lists it as active
        url.ShouldMatch("^https://interviews\\.example\\.org/r/[A-Za-z0-9_-]{43}$");
        JSInterop.Invocations.ShouldContain(i => i.Identifier == "navigator.clipboard.writeText" && (string)i.Arguments[0]! == url);
        cut.Find("#links-table tbody tr td:nth-child(4)").TextContent.ShouldBe("active");

        // Act: revoke, then keep it
        cut.Find("#links-table button").Click();
        dialogs.WaitForAssertion(() => dialogs.FindAll("button").ShouldContain(b => b.TextContent.Trim() == "Keep it"));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Keep it").Click();

        // Assert: nothing changed
        var token = new Uri(url).AbsolutePath["/r/".Length..];
        (await app.Services.GetRequiredService<ReportLinks>().ResolveAsync(token, CancellationToken.None)).ShouldNotBeNull();

        // Act: revoke and confirm
        cut.Find("#links-table button").Click();
        dialogs.WaitForAssertion(() => dialogs.FindAll("button").ShouldContain(b => b.TextContent.Trim() == "Revoke"));
        dialogs.FindAll("button").Single(b => b.TextContent.Trim() == "Revoke").Click();

        // Assert: revoked in the store and in the table
        cut.WaitForAssertion(() => cut.Find("#links-table tbody tr td:nth-child(4)").TextContent.ShouldBe("revoked"));
        (await app.Services.GetRequiredService<ReportLinks>().ResolveAsync(token, CancellationToken.None)).ShouldBeNull();
    }
}
