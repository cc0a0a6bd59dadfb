using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Coaching;

/// <summary>A coach assigns a question set only to a candidate who shares with them; the candidate then practises from it.</summary>
[Trait("Category", "Integration")]
public sealed class QuestionSetAssignmentTests : IDisposable
{
    private readonly AppFactory app = new();

    private async Task<(string Id, HttpClient Client)> AccountAsync(string email, string role)
    {
        var id = await TestAccounts.RegisterAsync(app, email);
        return (id, app.CreateClientWithAntiforgery(id, role));
    }

    private static async Task<Guid> CreateSetAsync(HttpClient coach, string name)
    {
        using var response = await coach.PostAsJsonAsync("/api/question-sets", new
        {
            name,
            questions = new[] { new { text = "Why do you want to work at Acme?", kind = "Behavioural" }, new { text = "How would you shard Acme's ledger?", kind = "Technical" } },
        }, ApiJson.Options);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(ApiJson.Options)).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task Given_a_coach_with_a_share_When_they_assign_a_set_Then_the_candidate_lists_it_and_practises_from_it()
    {
        // Arrange
        var (candidateId, candidate) = await AccountAsync("cand@example.org", "Candidate");
        var (coachId, coach) = await AccountAsync("coach@example.org", "Coach");
        (await candidate.PostAsJsonAsync("/api/shares", new { email = "coach@example.org" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var setId = await CreateSetAsync(coach, "Acme onsite");

        // Act
        using var assigned = await coach.PostAsJsonAsync($"/api/coach/question-sets/{setId}/assignments", new { candidateId });
        var list = await candidate.GetFromJsonAsync<JsonElement>("/api/question-sets", ApiJson.Options);
        var live = app.Services.GetRequiredService<ILiveApi>();
        var sessionId = await live.CreateSessionAsync(candidateId, SessionKind.Live, new SessionSetUp("Backend engineer", "", Seniority.Mid,
            InterviewType.Behavioural, 2, null, false, new AnalysisConsent(true, false, false), QuestionSetId: setId));

        // Assert
        assigned.StatusCode.ShouldBe(HttpStatusCode.Created);
        var entry = list.EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("id").GetGuid().ShouldBe(setId);
        entry.GetProperty("isMine").GetBoolean().ShouldBeFalse();
        entry.GetProperty("assignedById").GetString().ShouldBe(coachId);
        (await candidate.GetAsync($"/api/question-sets/{setId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await candidate.PutAsJsonAsync($"/api/question-sets/{setId}", new { name = "Mine now", questions = new[] { new { text = "Hello there", kind = "Behavioural" } } }, ApiJson.Options))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound, "an assignee reads a set but never changes it");
        var state = await app.Services.GetRequiredService<InterviewInsight.Modules.Live.Interview.OpenInterview>().OpenAsync(candidateId, sessionId);
        state.PlannedTotal.ShouldBe(2);
        state.Next!.Text.ShouldBe("Why do you want to work at Acme?");

        // Deleting the set takes the assignment with it.
        (await coach.DeleteAsync($"/api/question-sets/{setId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await candidate.GetFromJsonAsync<JsonElement>("/api/question-sets", ApiJson.Options)).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Given_no_share_a_revoked_share_or_someone_elses_set_When_assigning_Then_404_and_nothing_is_assigned()
    {
        // Arrange
        var (candidateId, candidate) = await AccountAsync("cand2@example.org", "Candidate");
        var (_, stranger) = await AccountAsync("stranger@example.org", "Coach");
        var (_, coach) = await AccountAsync("coach2@example.org", "Coach");
        var share = await (await candidate.PostAsJsonAsync("/api/shares", new { email = "coach2@example.org" })).Content.ReadFromJsonAsync<JsonElement>(ApiJson.Options);
        var strangersSet = await CreateSetAsync(stranger, "Stranger's");
        var coachesSet = await CreateSetAsync(coach, "Coach's");

        // Act
        using var noShare = await stranger.PostAsJsonAsync($"/api/coach/question-sets/{strangersSet}/assignments", new { candidateId });
        using var notTheirs = await coach.PostAsJsonAsync($"/api/coach/question-sets/{strangersSet}/assignments", new { candidateId });
        (await candidate.DeleteAsync($"/api/shares/{share.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var revoked = await coach.PostAsJsonAsync($"/api/coach/question-sets/{coachesSet}/assignments", new { candidateId });

        // Assert
        noShare.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        notTheirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        revoked.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await candidate.GetFromJsonAsync<JsonElement>("/api/question-sets", ApiJson.Options)).GetArrayLength().ShouldBe(0);
    }

    public void Dispose() => app.Dispose();
}
