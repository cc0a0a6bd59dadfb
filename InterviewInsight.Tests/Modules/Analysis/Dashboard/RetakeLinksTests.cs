using System.Security.Claims;
using Bunit;
using InterviewInsight.Modules.Analysis.Dashboard;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Auth.Services;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Interview;
using InterviewInsight.Modules.Live.Retakes;
using InterviewInsight.Tests.Modules.Live.Interview;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace InterviewInsight.Tests.Modules.Analysis.Dashboard;

/// <summary>The answer card's retake and compare links, and the retake page they open, on the app's real services (SQLite in a temp folder).</summary>
public sealed class RetakeLinksTests : BunitContext, IAsyncLifetime
{
    private readonly AppFactory app = new();

    public RetakeLinksTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        var auth = AddAuthorization();
        auth.SetAuthorized("alice");
        auth.SetClaims(new Claim(ClaimTypes.NameIdentifier, "alice"));
        Services.AddSingleton<IHttpContextAccessor, HttpContextAccessor>();
        Services.AddScoped<ICurrentUser, CurrentUser>();
        Services.AddSingleton(_ => app.Services.GetRequiredService<ILiveApi>());
        Services.AddSingleton(_ => app.Services.GetRequiredService<RetakeQuestion>());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await app.DisposeAsync();
        Directory.Delete(app.DataPath, recursive: true);
    }

    [Fact]
    public async Task Given_an_answer_and_its_retake_When_their_cards_render_Then_both_offer_a_retake_and_only_the_retake_a_comparison()
    {
        // Arrange: alice answers a question, then retakes it
        var (sessionId, first) = await AskAsync(await app.Services.GetRequiredService<ILiveApi>().CreateSessionAsync("alice", SessionKind.Live, InterviewArrange.SetUp));
        var retakeId = (await app.Services.GetRequiredService<RetakeQuestion>().StartAsync("alice", sessionId, first))!.Value;
        var (_, second) = await AskAsync(retakeId);

        // Act
        var original = Render<RetakeLinks>(p => p.Add(c => c.AnswerId, first.ToString("N")));
        var retake = Render<RetakeLinks>(p => p.Add(c => c.AnswerId, second.ToString("N")));
        var unknown = Render<RetakeLinks>(p => p.Add(c => c.AnswerId, Guid.NewGuid().ToString("N")));

        // Assert
        original.WaitForAssertion(() => original.Find("[data-retake]").GetAttribute("href").ShouldBe($"/practice/{sessionId}/answers/{first}/retake"));
        original.FindAll("[data-compare]").ShouldBeEmpty();
        retake.WaitForAssertion(() => retake.Find("[data-compare]").GetAttribute("href").ShouldBe($"/progress/compare?a={first}&b={second}"));
        retake.Find("[data-retake]").GetAttribute("href").ShouldBe($"/practice/{retakeId}/answers/{second}/retake");
        unknown.FindAll("a").ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_the_retake_link_When_its_page_opens_Then_one_new_session_and_the_browser_goes_to_its_interview()
    {
        // Arrange
        var live = app.Services.GetRequiredService<ILiveApi>();
        var (sessionId, answerId) = await AskAsync(await live.CreateSessionAsync("alice", SessionKind.Live, InterviewArrange.SetUp));

        // Act
        var cut = Render<RetakePage>(p => p.Add(c => c.SessionId, sessionId).Add(c => c.AnswerId, answerId));

        // Assert
        var navigation = Services.GetRequiredService<Microsoft.AspNetCore.Components.NavigationManager>();
        cut.WaitForAssertion(() => navigation.Uri.ShouldEndWith("/interview"));
        var sessions = await live.ListSessionsAsync("alice");
        sessions.Count.ShouldBe(2);
        var retake = sessions.Single(s => s.Id != sessionId);
        navigation.Uri.ShouldEndWith($"/practice/{retake.Id}/interview");
    }

    private async Task<(Guid SessionId, Guid AnswerId)> AskAsync(Guid sessionId)
    {
        await app.Services.GetRequiredService<OpenInterview>().OpenAsync("alice", sessionId);
        return (sessionId, await app.Services.GetRequiredService<AskQuestion>().AskAsync("alice", sessionId, 1.0));
    }
}
