using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace InterviewInsight.Tests.Modules.Coaching;

/// <summary>A coach's cohort over the real analysed session: latest scores from shared sessions only, and who may join.</summary>
[Trait("Category", "Integration")]
[Collection(SharedSession.Collection)]
public sealed class CohortTests
{
    private readonly SharedSession shared;

    public CohortTests(SharedSession shared) => this.shared = shared;

    [Fact]
    public async Task Given_a_candidate_who_shares_When_added_to_a_cohort_Then_their_latest_scores_show_until_the_share_is_revoked()
    {
        // Arrange
        var (_, coach) = await shared.AccountAsync("cohort.coach@example.org", "Coach");
        var share = await shared.ShareAsync(shared.Id, "cohort.coach@example.org");
        using var made = await coach.PostAsJsonAsync("/api/coach/cohorts", new { name = "  Spring bootcamp " });
        var cohortId = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        using var result = JsonDocument.Parse(await shared.Owner.GetStringAsync($"/api/sessions/{shared.Id}/analysis/result"));
        var overall = result.RootElement.GetProperty("scores").GetProperty("overall").GetProperty("value").GetDouble();

        // Act
        using var added = await coach.PostAsJsonAsync($"/api/coach/cohorts/{cohortId}/members", new { candidateId = shared.OwnerId });
        var overview = await coach.GetFromJsonAsync<JsonElement>($"/api/coach/cohorts/{cohortId}");
        (await shared.Owner.DeleteAsync($"/api/sessions/{shared.Id}/shares/{share.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var afterRevoke = await coach.GetFromJsonAsync<JsonElement>($"/api/coach/cohorts/{cohortId}");

        // Assert
        made.StatusCode.ShouldBe(HttpStatusCode.Created);
        added.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        overview.GetProperty("name").GetString().ShouldBe("Spring bootcamp");
        var candidate = overview.GetProperty("candidates").EnumerateArray().ShouldHaveSingleItem();
        candidate.GetProperty("email").GetString().ShouldBe("owner@example.org");
        candidate.GetProperty("analysedSessions").GetInt32().ShouldBe(1);
        candidate.GetProperty("latestSessionId").GetGuid().ShouldBe(shared.Id);
        candidate.GetProperty("overall").GetDouble().ShouldBe(overall);
        candidate.GetProperty("overallChange").ValueKind.ShouldBe(JsonValueKind.Null, "one session has no trend");
        var revoked = afterRevoke.GetProperty("candidates").EnumerateArray().ShouldHaveSingleItem();
        revoked.GetProperty("analysedSessions").GetInt32().ShouldBe(0, "a cohort shows only what is shared now");
        revoked.GetProperty("overall").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task Given_no_share_another_coach_a_candidate_or_nobody_When_cohorts_are_used_Then_400_404_403_and_401()
    {
        var (_, coach) = await shared.AccountAsync("lonely.coach@example.org", "Coach");
        var (_, other) = await shared.AccountAsync("other.coach@example.org", "Coach");
        using var made = await coach.PostAsJsonAsync("/api/coach/cohorts", new { name = "Mine" });
        var cohortId = (await made.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        (await coach.PostAsJsonAsync($"/api/coach/cohorts/{cohortId}/members", new { candidateId = shared.OwnerId })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await coach.PostAsJsonAsync("/api/coach/cohorts", new { name = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await other.GetAsync($"/api/coach/cohorts/{cohortId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.DeleteAsync($"/api/coach/cohorts/{cohortId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shared.Owner.GetAsync("/api/coach/cohorts")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await shared.App.CreateAnonymousClient().GetAsync("/api/coach/cohorts")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await coach.GetAsync($"/api/coach/cohorts/{cohortId}")).StatusCode.ShouldBe(HttpStatusCode.OK, "the other coach's delete must not have deleted it");
    }
}
