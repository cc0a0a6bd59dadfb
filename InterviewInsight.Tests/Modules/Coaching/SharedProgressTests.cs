using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Modules.Coaching;

/// <summary>
/// Progress beside review, on one real analysis: the candidate's trend keeps the machine's scores and marks what a reviewer
/// overrode; someone the candidate shares with sees the candidate's progress over the shared sessions only, until a revoke.
/// </summary>
[Trait("Category", "Integration")]
[Collection(SharedSession.Collection)]
public sealed class SharedProgressTests
{
    private readonly SharedSession shared;

    public SharedProgressTests(SharedSession shared) => this.shared = shared;

    private string SharedProgressPath => $"/api/coach/candidates/{shared.OwnerId}/progress";

    [Fact]
    public async Task Given_a_reviewer_overrode_the_overall_score_When_the_candidate_reads_progress_Then_the_machines_score_stays_and_the_override_is_marked()
    {
        // Arrange
        var (_, coach) = await shared.AccountAsync("progress.marker@example.org", "Coach");
        await shared.ShareAsync(shared.Id, "progress.marker@example.org");
        var machine = await OverallAsync(shared.Owner, "/api/progress");

        // Act
        using var posted = await coach.PostAsJsonAsync($"/api/sessions/{shared.Id}/overrides", new { targetId = "score.overall", value = 97, reason = "Better than measured." });
        posted.StatusCode.ShouldBe(HttpStatusCode.Created);
        var session = await SessionAsync(shared.Owner, "/api/progress");

        // Assert
        session.GetProperty("scores").GetProperty("overall").GetDouble().ShouldBe(machine);
        var marks = session.GetProperty("overridden").EnumerateArray().ToList();
        marks.ShouldContain(m => m.GetProperty("targetId").GetString() == "score.overall" && m.GetProperty("value").GetDouble() == 97
            && m.GetProperty("runVersion").GetInt32() == 1);
        var page = await shared.Owner.GetStringAsync("/progress");
        page.ShouldContain("id=\"overridden-notice\"");
        page.ShouldContain("data-value=\"97\"");
    }

    [Fact]
    public async Task Given_a_share_When_the_sharee_reads_the_candidates_progress_Then_only_shared_sessions_count_and_a_revoke_ends_it_at_once()
    {
        // Arrange: the candidate also has an analysed session of their own that stays unshared
        var (_, coach) = await shared.AccountAsync("progress.reader@example.org", "Coach");
        var share = await shared.ShareAsync(shared.Id, "progress.reader@example.org");
        var ownOnly = await UploadRequests.UploadAsync(
            shared.Owner, "private.mp4", await File.ReadAllBytesAsync(TestAssets.TestData("video/A_lrs2_00016.mp4")), """[{"question":"Why us?","start":0}]""");
        try
        {
            (await UploadRequests.WaitForRunAsync(shared.Owner, ownOnly, TimeSpan.FromMinutes(5))).Status.ShouldBe(AnalysisRunStatus.Succeeded);
            var ownerSees = (await shared.Owner.GetFromJsonAsync<JsonElement>("/api/progress")).GetProperty("sessions").EnumerateArray()
                .Select(s => s.GetProperty("sessionId").GetGuid()).ToList();
            ownerSees.ShouldContain(ownOnly, "the candidate's own progress has both sessions");

            // Act
            var report = await coach.GetFromJsonAsync<JsonElement>(SharedProgressPath);
            var page = await coach.GetStringAsync($"/coach/candidates/{shared.OwnerId}/progress");
            (await shared.Owner.DeleteAsync($"/api/sessions/{shared.Id}/shares/{share.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
            using var afterRevoke = await coach.GetAsync(SharedProgressPath);
            var pageAfterRevoke = await coach.GetStringAsync($"/coach/candidates/{shared.OwnerId}/progress");

            // Assert: the shared session only, with the machine's scores; the page names the candidate and offers no reflection
            var ids = report.GetProperty("sessions").EnumerateArray().Select(s => s.GetProperty("sessionId").GetGuid()).ToList();
            ids.ShouldBe([shared.Id]);
            report.GetProperty("sessions")[0].GetProperty("scores").GetProperty("overall").GetDouble().ShouldBe(await OverallAsync(shared.Owner, "/api/progress"));
            page.ShouldContain("Progress of owner@example.org");
            page.ShouldContain("id=\"shared-progress-scope\"");
            page.ShouldNotContain("/reflection\"");
            afterRevoke.StatusCode.ShouldBe(HttpStatusCode.NotFound);
            pageAfterRevoke.ShouldContain("id=\"shared-progress-missing\"");
            pageAfterRevoke.ShouldNotContain("owner@example.org");
        }
        finally
        {
            await shared.Owner.DeleteAsync($"/api/sessions/{ownOnly}");
        }
    }

    [Fact]
    public async Task Given_no_share_When_a_stranger_an_admin_or_nobody_asks_for_the_candidates_progress_Then_404_or_401_and_no_data()
    {
        var stranger = shared.App.CreateClientAs("progress-stranger", "Coach");
        var admin = shared.App.CreateClientAs("progress-admin", "Admin");

        (await stranger.GetAsync(SharedProgressPath)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetAsync(SharedProgressPath)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shared.App.CreateAnonymousClient().GetAsync(SharedProgressPath)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await shared.Owner.GetAsync(SharedProgressPath)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the owner reads their own progress at /api/progress");
        var page = await stranger.GetStringAsync($"/coach/candidates/{shared.OwnerId}/progress");
        page.ShouldContain("id=\"shared-progress-missing\"");
        page.ShouldNotContain("owner@example.org");
    }

    private async Task<JsonElement> SessionAsync(HttpClient client, string path) =>
        (await client.GetFromJsonAsync<JsonElement>(path)).GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("sessionId").GetGuid() == shared.Id);

    private async Task<double> OverallAsync(HttpClient client, string path) =>
        (await SessionAsync(client, path)).GetProperty("scores").GetProperty("overall").GetDouble();
}
