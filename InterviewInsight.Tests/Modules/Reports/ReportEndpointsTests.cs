using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Reports.Data;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Reports;

/// <summary>
/// The PDF report and read-only report links on one real analysis (upload → outbox → job → models), tried as the owner,
/// as another candidate, anonymously, and through revoked and expired links.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ReportEndpointsTests : IClassFixture<ReportEndpointsTests.AnalysedSession>
{
    private readonly AnalysedSession session;

    public ReportEndpointsTests(AnalysedSession session) => this.session = session;

    private string SessionPath => $"/api/sessions/{session.Id}";

    [Fact]
    public async Task Given_an_analysed_session_with_a_reflection_When_the_pdf_is_downloaded_Then_it_holds_scores_a_recommendation_the_transcript_and_the_reflection()
    {
        // Arrange
        using var reflection = await session.Alice.PutAsJsonAsync(
            $"{SessionPath}/reflection", new { wentWell = "I kept my answer short", toChange = "Name one measurable result", feeling = "calm" });
        reflection.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var result = JsonDocument.Parse(await session.Alice.GetStringAsync($"{SessionPath}/analysis/result"));
        var root = result.RootElement;

        // Act
        using var response = await session.Alice.GetAsync($"{SessionPath}/report.pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var pdf = ReportPdfText.Read(bytes);
        var overall = root.GetProperty("scores").GetProperty("overall").GetProperty("value").GetDouble();
        pdf.Text.ShouldContain($"Overall {overall:0}/100");
        pdf.Text.ShouldContain("Backend engineer");
        var recommendations = root.GetProperty("recommendations").EnumerateArray().ToList();
        pdf.Text.ShouldContain(recommendations.Count > 0
            ? ReportPdfText.Normalise(recommendations[0].GetProperty("text").GetString()!)
            : "Every measured part is within its band");
        var words = root.GetProperty("speech").GetProperty("words").EnumerateArray().Select(w => w.GetProperty("text").GetString()!).ToList();
        words.Count.ShouldBeGreaterThan(5);
        pdf.Text.ShouldContain(string.Join(" ", words.Take(4)));
        pdf.Text.ShouldContain("I kept my answer short");
        pdf.Text.ShouldContain("Coaching response");
        pdf.FontNames.ShouldContain(f => f.Contains("DejaVuSans", StringComparison.Ordinal));
        pdf.EmbedsTrueTypeFonts.ShouldBeTrue("fonts must be embedded");
        pdf.Images.ShouldBe(0, "charts and text are vector, not pictures");
        pdf.Pages.ShouldBeGreaterThan(3);
    }

    [Fact]
    public async Task Given_someone_elses_or_an_unanalysed_session_When_the_pdf_is_requested_Then_404_409_and_anonymous_401()
    {
        var bob = session.App.CreateClientAs("bob", "Candidate");
        var pending = await session.App.Services.GetRequiredService<ILiveApi>().CreateSessionAsync("alice", SessionKind.Live,
            new SessionSetUp("Designer", "", Seniority.Mid, InterviewType.Behavioural, 3, null, true, new AnalysisConsent(true, true, true)));

        (await bob.GetAsync($"{SessionPath}/report.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await session.App.CreateAnonymousClient().GetAsync($"{SessionPath}/report.pdf")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await session.Alice.GetAsync($"/api/sessions/{pending}/report.pdf")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await session.Alice.GetAsync($"/api/sessions/{Guid.NewGuid()}/report.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_link_When_opened_anonymously_Then_a_read_only_page_and_the_pdf_but_no_recording()
    {
        // Arrange
        var link = await session.CreateLinkAsync(new { });
        var anonymous = session.App.CreateAnonymousClient();

        // Act
        using var page = await anonymous.GetAsync(link.Path);
        var html = await page.Content.ReadAsStringAsync();
        using var pdf = await anonymous.GetAsync($"{link.Path}/report.pdf");
        using var media = await anonymous.GetAsync($"{link.Path}/media");

        // Assert
        link.Url.ShouldStartWith("http://localhost/r/");
        link.ExpiresAt.ShouldBe(DateTime.UtcNow.AddDays(14), TimeSpan.FromMinutes(5));
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Headers.GetValues("Referrer-Policy").ShouldContain("no-referrer");
        var report = html[html.IndexOf("id=\"shared-report\"", StringComparison.Ordinal)..html.IndexOf("</article>", StringComparison.Ordinal)];
        report.ShouldContain("Backend engineer");
        report.ShouldContain("What to work on next");
        report.ShouldContain("data-score=\"overall\"");
        report.ShouldContain("class=\"transcript\"");
        foreach (var control in new[] { "<button", "<input", "<form", "<textarea", "<video" })
        {
            report.ShouldNotContain(control);
        }

        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        ReportPdfText.Read(await pdf.Content.ReadAsByteArrayAsync()).Text.ShouldContain("Backend engineer");
        media.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_link_with_the_recording_When_the_media_is_requested_with_a_range_Then_206_with_that_range()
    {
        var link = await session.CreateLinkAsync(new { includeVideo = true, expiresInDays = 2 });
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{link.Path}/media");
        request.Headers.Range = new RangeHeaderValue(0, 99);

        using var response = await session.App.CreateAnonymousClient().SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        response.Content.Headers.ContentRange!.From.ShouldBe(0);
        (await response.Content.ReadAsByteArrayAsync()).Length.ShouldBe(100);
        link.ExpiresAt.ShouldBe(DateTime.UtcNow.AddDays(2), TimeSpan.FromMinutes(5));
        (await session.App.CreateAnonymousClient().GetStringAsync(link.Path)).ShouldContain("<video");
    }

    [Fact]
    public async Task Given_a_revoked_link_When_opened_Then_404_everywhere_and_listed_as_revoked_without_its_token()
    {
        // Arrange
        var link = await session.CreateLinkAsync(new { includeVideo = true });
        var anonymous = session.App.CreateAnonymousClient();
        (await anonymous.GetAsync(link.Path)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Act
        using var revoked = await session.Alice.DeleteAsync($"{SessionPath}/report-links/{link.Id}");

        // Assert
        revoked.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await ShouldBeGoneAsync(anonymous, link.Path);
        var listed = await session.Alice.GetStringAsync($"{SessionPath}/report-links");
        listed.ShouldNotContain(link.Token);
        listed.ShouldNotContain("token", Case.Insensitive);
        using var json = JsonDocument.Parse(listed);
        var entry = json.RootElement.EnumerateArray().Single(l => l.GetProperty("id").GetGuid() == link.Id);
        entry.GetProperty("active").GetBoolean().ShouldBeFalse();
        entry.GetProperty("revokedAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task Given_an_expired_or_unknown_link_When_opened_Then_404_and_never_a_log_in_redirect()
    {
        // Arrange: the link's expiry moved into the past, as if its days had run out.
        var link = await session.CreateLinkAsync(new { includeVideo = true, expiresInDays = 1 });
        var dbs = session.App.Services.GetRequiredService<IDbContextFactory<ReportsDbContext>>();
        await using (var db = await dbs.CreateDbContextAsync())
        {
            await db.Links.Where(l => l.Id == link.Id).ExecuteUpdateAsync(u => u.SetProperty(l => l.ExpiresAt, DateTime.UtcNow.AddMinutes(-1)));
        }

        var anonymous = session.App.CreateAnonymousClient();

        // Act and assert
        await ShouldBeGoneAsync(anonymous, link.Path);
        await ShouldBeGoneAsync(anonymous, "/r/" + new string('A', 43));
        await ShouldBeGoneAsync(anonymous, "/r/not-a-token");
    }

    [Fact]
    public async Task Given_another_candidate_or_nobody_When_links_are_managed_Then_404_and_401()
    {
        var link = await session.CreateLinkAsync(new { });
        var bob = session.App.CreateClientAs("bob", "Candidate");
        var anonymous = session.App.CreateAnonymousClient();
        var links = $"{SessionPath}/report-links";

        (await bob.PostAsJsonAsync(links, new { })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.GetAsync(links)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.DeleteAsync($"{links}/{link.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.PostAsJsonAsync(links, new { })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync(links)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.DeleteAsync($"{links}/{link.Id}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await session.Alice.DeleteAsync($"{links}/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await session.Alice.PostAsJsonAsync(links, new { expiresInDays = 0 })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anonymous.GetAsync(link.Path)).StatusCode.ShouldBe(HttpStatusCode.OK, "bob's attempts must not have revoked alice's link");
    }

    [Fact]
    public async Task Given_a_public_url_When_a_link_is_created_Then_it_is_built_on_that_address()
    {
        await using var app = new AppFactory(settings: new Dictionary<string, string?> { ["App:PublicUrl"] = "https://interviews.example.org/" });
        var id = await app.Services.GetRequiredService<ILiveApi>().CreateSessionAsync("carol", SessionKind.Live,
            new SessionSetUp("Analyst", "", Seniority.Junior, InterviewType.Mixed, 2, null, false, new AnalysisConsent(true, false, false)));

        using var response = await app.CreateClientAs("carol", "Candidate").PostAsJsonAsync($"/api/sessions/{id}/report-links", new { });
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        json.RootElement.GetProperty("url").GetString()!.ShouldMatch("^https://interviews\\.example\\.org/r/[A-Za-z0-9_-]{43}$");
        Directory.Delete(app.DataPath, recursive: true);
    }

    private static async Task ShouldBeGoneAsync(HttpClient anonymous, string path)
    {
        foreach (var url in new[] { path, $"{path}/report.pdf", $"{path}/media" })
        {
            using var response = await anonymous.GetAsync(url);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, url);
        }
    }

    /// <summary>A link as created: its id, absolute URL, the path and token in that URL, and when it expires.</summary>
    public sealed record CreatedLink(Guid Id, string Url, DateTime ExpiresAt)
    {
        public string Path => new Uri(Url).AbsolutePath;

        public string Token => Path["/r/".Length..];
    }

    /// <summary>Alice uploads a real clip once for the whole class; its analysis runs on the real models.</summary>
    public sealed class AnalysedSession : IAsyncLifetime
    {
        public AppFactory App { get; } = new();

        public HttpClient Alice { get; private set; } = null!;

        public Guid Id { get; private set; }

        public async Task<CreatedLink> CreateLinkAsync(object body)
        {
            using var response = await Alice.PostAsJsonAsync($"/api/sessions/{Id}/report-links", body);
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.Created, text);
            return JsonSerializer.Deserialize<CreatedLink>(text, ApiJson.Options)!;
        }

        public async Task InitializeAsync()
        {
            Alice = App.CreateClientWithAntiforgery("alice", "Candidate");
            var bytes = await File.ReadAllBytesAsync(TestAssets.TestData("video/A_lrs2_00016.mp4"));
            Id = await UploadRequests.UploadAsync(Alice, "practice.mp4", bytes, """[{"question":"Tell me about yourself","start":0}]""");
            var run = await UploadRequests.WaitForRunAsync(Alice, Id, TimeSpan.FromMinutes(5));
            run.Status.ShouldBe(AnalysisRunStatus.Succeeded, run.Error);
        }

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            Directory.Delete(App.DataPath, recursive: true);
        }
    }
}
