using System.Net;
using System.Net.Http.Json;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Coaching;

/// <summary>The question set pages as prerendered: a candidate's own and assigned sets, and a coach's candidates to assign to.</summary>
[Trait("Category", "Integration")]
public sealed class QuestionSetPagesTests : IDisposable
{
    private readonly AppFactory app = new();

    [Fact]
    public async Task Given_a_share_and_an_assigned_set_When_the_pages_open_Then_each_shows_the_set_and_the_people_by_email()
    {
        // Arrange
        var candidateId = await TestAccounts.RegisterAsync(app, "pages-cand@example.org");
        var coachId = await TestAccounts.RegisterAsync(app, "pages-coach@example.org");
        var candidate = app.CreateClientWithAntiforgery(candidateId, "Candidate");
        var coach = app.CreateClientWithAntiforgery(coachId, "Coach");
        (await candidate.PostAsJsonAsync("/api/shares", new { email = "pages-coach@example.org" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var live = app.Services.GetRequiredService<ILiveApi>();
        var set = await live.CreateQuestionSetAsync(coachId, new QuestionSetDraft("<b>Acme</b> onsite", [new("Why do you want to work at Acme?", SetQuestionKind.Behavioural)]));
        (await live.AssignQuestionSetAsync(coachId, set.Id!.Value, candidateId)).ShouldBeTrue();

        // Act
        var assignPage = await coach.GetStringAsync("/coach/question-sets");
        var candidatePage = await candidate.GetStringAsync("/question-sets");

        // Assert
        assignPage.ShouldContain("pages-cand@example.org");
        assignPage.ShouldContain("&lt;b&gt;Acme&lt;/b&gt; onsite", Case.Sensitive, "a set's name is text, never markup");
        candidatePage.ShouldContain("Assigned by pages-coach@example.org");
        candidatePage.ShouldNotContain("<b>Acme</b>");
    }

    public void Dispose() => app.Dispose();
}
