using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Tests.Modules.Reports;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Coaching;

/// <summary>
/// Access by share on one real analysis (upload → job → models): a sharee reads what the owner reads, never what only
/// the owner may do, and loses it on the very next request after a revoke; nobody else ever gets the data.
/// </summary>
[Trait("Category", "Integration")]
[Collection(SharedSession.Collection)]
public sealed class SharedSessionAccessTests
{
    private readonly SharedSession shared;

    public SharedSessionAccessTests(SharedSession shared) => this.shared = shared;

    private string SessionPath => $"/api/sessions/{shared.Id}";

    private string[] ReadPaths => [SessionPath, $"{SessionPath}/analysis", $"{SessionPath}/analysis/result", $"{SessionPath}/media", $"{SessionPath}/report.pdf", $"{SessionPath}/comments", $"{SessionPath}/overrides"];

    [Fact]
    public async Task Given_a_share_with_an_account_When_the_sharee_reads_Then_every_read_answers_and_the_session_is_listed_for_them()
    {
        // Arrange
        var (coachId, coach) = await shared.AccountAsync("reader@example.org", "Coach");

        // Act
        var share = await shared.ShareAsync(shared.Id, "Reader@Example.org");

        // Assert
        share.InvitationUrl.ShouldBeNull("an address with an account needs no invitation");
        foreach (var path in ReadPaths)
        {
            using var response = await coach.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.OK, path);
        }

        using var range = new HttpRequestMessage(HttpMethod.Get, $"{SessionPath}/media") { Headers = { Range = new RangeHeaderValue(0, 99) } };
        (await coach.SendAsync(range)).StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        var listed = await coach.GetFromJsonAsync<JsonElement>("/api/coach/sessions", ApiJson.Options);
        var entry = listed.EnumerateArray().ShouldHaveSingleItem();
        entry.GetProperty("sessionId").GetGuid().ShouldBe(shared.Id);
        entry.GetProperty("shareId").GetGuid().ShouldBe(share.Id);
        entry.GetProperty("candidateId").GetString().ShouldBe(shared.OwnerId);
        entry.GetProperty("candidateEmail").GetString().ShouldBe("owner@example.org");
        entry.GetProperty("title").GetString()!.ShouldContain("Backend engineer");
        entry.GetProperty("kind").GetString().ShouldBe("Upload");
        entry.GetProperty("latestRunStatus").GetString().ShouldBe("Succeeded");
        coachId.ShouldNotBe(shared.OwnerId);
    }

    [Fact]
    public async Task Given_the_results_page_When_opened_by_a_sharee_a_stranger_an_admin_and_a_revoked_sharee_Then_only_the_sharee_sees_it_read_only()
    {
        // Arrange
        var (_, coach) = await shared.AccountAsync("page.reader@example.org", "Coach");
        var share = await shared.ShareAsync(shared.Id, "page.reader@example.org");
        var page = $"/practice/{shared.Id}/results";

        // Act
        var asSharee = await coach.GetStringAsync(page);
        var asStranger = await shared.App.CreateClientAs("stranger", "Candidate").GetStringAsync(page);
        var asAdmin = await shared.App.CreateClientAs("some-admin", "Admin").GetStringAsync(page);
        (await shared.Owner.DeleteAsync($"{SessionPath}/shares/{share.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var afterRevoke = await coach.GetStringAsync(page);

        // Assert
        asSharee.ShouldContain("id=\"shared-banner\"");
        asSharee.ShouldContain("owner@example.org");
        asSharee.ShouldNotContain("id=\"reflect-link\"");
        asSharee.ShouldNotContain("id=\"share-with-coach\"");
        foreach (var html in new[] { asStranger, asAdmin, afterRevoke })
        {
            html.ShouldContain("id=\"session-not-found\"");
            html.ShouldNotContain("Backend engineer");
        }
    }

    [Fact]
    public async Task Given_a_reflection_When_a_sharee_downloads_the_pdf_Then_it_has_the_results_but_not_the_owners_reflection()
    {
        var (_, coach) = await shared.AccountAsync("pdf.reader@example.org", "Coach");
        await shared.ShareAsync(shared.Id, "pdf.reader@example.org");
        (await shared.Owner.PutAsJsonAsync($"{SessionPath}/reflection", new { wentWell = "Private words of the owner", toChange = "x", feeling = "y" }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        var coachPdf = ReportPdfText.Read(await coach.GetByteArrayAsync($"{SessionPath}/report.pdf"));
        var ownerPdf = ReportPdfText.Read(await shared.Owner.GetByteArrayAsync($"{SessionPath}/report.pdf"));

        ownerPdf.Text.ShouldContain("Private words of the owner");
        coachPdf.Text.ShouldContain("Backend engineer");
        coachPdf.Text.ShouldNotContain("Private words of the owner");
    }

    [Fact]
    public async Task Given_a_sharee_When_they_try_what_only_the_owner_may_do_Then_404_and_nothing_changes()
    {
        var (_, coach) = await shared.AccountAsync("limited@example.org", "Coach");
        await shared.ShareAsync(shared.Id, "limited@example.org");

        (await coach.DeleteAsync(SessionPath)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coach.PostAsJsonAsync($"{SessionPath}/shares", new { email = "third@example.org" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coach.GetAsync($"{SessionPath}/shares")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coach.PostAsJsonAsync($"{SessionPath}/report-links", new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coach.PutAsJsonAsync($"{SessionPath}/reflection", new { wentWell = "x", toChange = "y", feeling = "z" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coach.GetAsync($"{SessionPath}/reflection")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shared.Owner.GetAsync(SessionPath)).StatusCode.ShouldBe(HttpStatusCode.OK, "the sharee's delete must not have deleted it");
    }

    [Fact]
    public async Task Given_a_revoked_share_When_the_sharee_asks_again_without_a_new_log_in_Then_404_at_once_and_the_list_is_empty()
    {
        // Arrange
        var (_, coach) = await shared.AccountAsync("revoked@example.org", "Coach");
        var share = await shared.ShareAsync(shared.Id, "revoked@example.org");
        (await coach.GetAsync($"{SessionPath}/analysis/result")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Act
        using var revoked = await shared.Owner.DeleteAsync($"{SessionPath}/shares/{share.Id}");

        // Assert
        revoked.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        foreach (var path in ReadPaths)
        {
            using var response = await coach.GetAsync(path);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        (await coach.GetFromJsonAsync<JsonElement>("/api/coach/sessions")).GetArrayLength().ShouldBe(0);
        var listed = await shared.Owner.GetFromJsonAsync<JsonElement>($"{SessionPath}/shares");
        var entry = listed.EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == share.Id);
        entry.GetProperty("active").GetBoolean().ShouldBeFalse();
        entry.GetProperty("email").GetString().ShouldBe("revoked@example.org");
    }

    [Fact]
    public async Task Given_no_share_When_another_candidate_an_admin_or_nobody_asks_Then_404_for_the_signed_in_and_401_for_the_anonymous()
    {
        var stranger = shared.App.CreateClientAs("stranger", "Candidate");
        var admin = shared.App.CreateClientAs("some-admin", "Admin");
        var anonymous = shared.App.CreateAnonymousClient();

        foreach (var path in ReadPaths)
        {
            (await stranger.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            (await admin.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            (await anonymous.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, path);
        }

        (await stranger.PostAsJsonAsync($"{SessionPath}/comments", new { text = "hello" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.PostAsJsonAsync($"{SessionPath}/overrides", new { targetId = "score.overall", value = 50, reason = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.GetFromJsonAsync<JsonElement>("/api/coach/sessions")).GetArrayLength().ShouldBe(0);
        foreach (var path in new[] { "/api/coach/sessions", "/api/shares", $"{SessionPath}/shares" })
        {
            (await anonymous.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, path);
        }

        (await anonymous.PostAsJsonAsync("/api/shares", new { email = "x@example.org" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync($"{SessionPath}/comments", new { text = "x" })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_bad_share_requests_When_posted_Then_400_with_the_field_and_404_for_someone_elses_session()
    {
        (await shared.Owner.PostAsJsonAsync($"{SessionPath}/shares", new { email = "not an address" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await shared.Owner.PostAsJsonAsync($"{SessionPath}/shares", new { })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var self = await shared.Owner.PostAsJsonAsync($"{SessionPath}/shares", new { email = "owner@example.org" });
        self.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await self.Content.ReadAsStringAsync()).ShouldContain("own address");
        (await shared.App.CreateClientAs("stranger", "Candidate").PostAsJsonAsync($"{SessionPath}/shares", new { email = "a@example.org" }))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await shared.Owner.DeleteAsync($"{SessionPath}/shares/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_share_of_all_future_sessions_When_sessions_are_made_before_and_after_Then_only_the_later_ones_are_shared_until_revoked()
    {
        // Arrange
        var (_, coach) = await shared.AccountAsync("future@example.org", "Coach");
        var live = shared.App.Services.GetRequiredService<ILiveApi>();
        var setUp = new SessionSetUp("Designer", "", Seniority.Mid, InterviewType.Behavioural, 3, null, true, new AnalysisConsent(true, true, true));
        var before = await live.CreateSessionAsync(shared.OwnerId, SessionKind.Live, setUp);

        // Act
        using var made = await shared.Owner.PostAsJsonAsync("/api/shares", new { email = "future@example.org" });
        var share = await made.Content.ReadFromJsonAsync<JsonElement>();
        var after = await live.CreateSessionAsync(shared.OwnerId, SessionKind.Live, setUp);

        // Assert
        made.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await coach.GetAsync($"/api/sessions/{after}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await coach.GetAsync($"/api/sessions/{before}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await coach.GetAsync(SessionPath)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the analysed session was made before the share");
        var ids = (await coach.GetFromJsonAsync<JsonElement>("/api/coach/sessions")).EnumerateArray().Select(s => s.GetProperty("sessionId").GetGuid()).ToList();
        ids.ShouldBe([after]);
        (await shared.Owner.GetFromJsonAsync<JsonElement>("/api/shares")).EnumerateArray()
            .ShouldContain(s => s.GetProperty("id").GetGuid() == share.GetProperty("id").GetGuid() && s.GetProperty("sessionId").ValueKind == JsonValueKind.Null);

        (await shared.Owner.DeleteAsync($"/api/shares/{share.GetProperty("id").GetGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await coach.GetAsync($"/api/sessions/{after}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
