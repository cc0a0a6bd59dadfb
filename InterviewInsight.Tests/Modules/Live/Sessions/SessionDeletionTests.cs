using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Live.Retention;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Tests.Modules.Live.Sessions;

/// <summary>
/// Deleting a session and exporting your data on a real analysis (upload → outbox → job → models): the deleted session reads as
/// absent at once in every module, and its rows and files are purged through the SessionDeleted event.
/// </summary>
[Trait("Category", "Integration")]
public sealed class SessionDeletionTests : IAsyncLifetime
{
    private readonly AppFactory app = new();
    private HttpClient alice = null!;
    private Guid sessionId;

    public async Task InitializeAsync()
    {
        alice = app.CreateClientWithAntiforgery("alice", "Candidate");
        var bytes = await File.ReadAllBytesAsync(TestAssets.TestData("video/A_lrs2_00016.mp4"));
        sessionId = await UploadRequests.UploadAsync(alice, "practice.mp4", bytes, """[{"question":"Tell me about yourself","start":0}]""");
        var run = await UploadRequests.WaitForRunAsync(alice, sessionId, TimeSpan.FromMinutes(5));
        run.Status.ShouldBe(AnalysisRunStatus.Succeeded, run.Error);
        using var reflection = await alice.PutAsJsonAsync($"/api/sessions/{sessionId}/reflection", new { wentWell = "Clear opening", toChange = "", feeling = "" });
        reflection.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        Directory.Delete(app.DataPath, recursive: true);
    }

    [Fact]
    public async Task Given_an_analysed_session_When_its_owner_exports_Then_the_zip_holds_recording_transcript_result_and_reflection()
    {
        // Act
        using var response = await alice.GetAsync("/api/me/export");

        // Assert
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        await using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync());
        var folder = $"sessions/{sessionId:N}";
        var names = zip.Entries.Select(e => e.FullName).ToList();
        names.ShouldContain($"{folder}/recording-0.mp4");
        zip.GetEntry($"{folder}/recording-0.mp4")!.Length.ShouldBe(new FileInfo(TestAssets.TestData("video/A_lrs2_00016.mp4")).Length);
        using (var session = JsonDocument.Parse(await ReadAsync(zip, $"{folder}/session.json")))
        {
            session.RootElement.GetProperty("answers")[0].GetProperty("question").GetString().ShouldBe("Tell me about yourself");
        }

        using (var result = JsonDocument.Parse(await ReadAsync(zip, $"{folder}/analysis-v1.json")))
        {
            result.RootElement.GetProperty("speech").GetProperty("transcript").GetString().ShouldNotBeNullOrWhiteSpace();
        }

        (await ReadAsync(zip, "reflections.json")).ShouldContain("Clear opening");
        await using var bobs = new ZipArchive(await app.CreateClientAs("bob", "Candidate").GetStreamAsync("/api/me/export"));
        bobs.Entries.ShouldNotContain(e => e.FullName.StartsWith("sessions/", StringComparison.Ordinal));
        (await app.CreateAnonymousClient().GetAsync("/api/me/export")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Given_an_analysed_session_When_its_owner_deletes_it_Then_every_read_404s_at_once_and_its_files_and_rows_are_purged()
    {
        var bob = app.CreateClientWithAntiforgery("bob", "Candidate");
        (await bob.DeleteAsync($"/api/sessions/{sessionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateAnonymousClient().DeleteAsync($"/api/sessions/{sessionId}")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var mediaFolder = Path.Combine(app.DataPath, "media", "sessions", sessionId.ToString("N"));
        Directory.Exists(mediaFolder).ShouldBeTrue();

        // Act
        (await alice.DeleteAsync($"/api/sessions/{sessionId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // Assert: absent at once, in every module
        foreach (var path in new[] { "", "/analysis", "/analysis/result", "/media", "/reflection" })
        {
            (await alice.GetAsync($"/api/sessions/{sessionId}{path}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
        }

        using (var progress = JsonDocument.Parse(await alice.GetStringAsync("/api/progress")))
        {
            progress.RootElement.GetProperty("sessions").GetArrayLength().ShouldBe(0);
        }

        (await alice.DeleteAsync($"/api/sessions/{sessionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Assert: the outbox delivers SessionDeleted, and the files and the rows go
        var dbs = app.Services.GetRequiredService<IDbContextFactory<LiveDbContext>>();
        await Eventually.TrueAsync(async () => !Directory.Exists(mediaFolder) && await RowCountAsync(dbs) == 0);

        Directory.Exists(mediaFolder).ShouldBeFalse();
        (await RowCountAsync(dbs)).ShouldBe(0);
    }

    [Fact]
    public async Task Given_retention_of_7_days_When_the_daily_job_runs_Then_only_sessions_older_than_that_are_deleted()
    {
        // Arrange: the analysed session is 10 days old, a new one is fresh
        var dbs = app.Services.GetRequiredService<IDbContextFactory<LiveDbContext>>();
        await using (var db = await dbs.CreateDbContextAsync())
        {
            await db.Sessions.Where(s => s.Id == sessionId).ExecuteUpdateAsync(s => s.SetProperty(x => x.CreatedAt, DateTime.UtcNow.AddDays(-10)));
        }

        var live = app.Services.GetRequiredService<ILiveApi>();
        var fresh = await live.CreateSessionAsync("alice", SessionKind.Live,
            new SessionSetUp("Designer", "", Seniority.Mid, InterviewType.Behavioural, 3, null, false, new AnalysisConsent(true, false, false)));
        var job = ActivatorUtilities.CreateInstance<DeleteExpiredSessionsJob>(app.Services, Options.Create(new RetentionOptions { Days = 7 }));

        // Act
        await job.RunAsync(CancellationToken.None);

        // Assert
        (await live.GetSessionAsync("alice", sessionId)).ShouldBeNull();
        (await live.GetSessionAsync("alice", fresh)).ShouldNotBeNull();
    }

    private static async Task<string> ReadAsync(ZipArchive zip, string name)
    {
        using var reader = new StreamReader(zip.GetEntry(name)!.Open());
        return await reader.ReadToEndAsync();
    }

    private async Task<int> RowCountAsync(IDbContextFactory<LiveDbContext> dbs)
    {
        await using var db = await dbs.CreateDbContextAsync();
        return await db.Sessions.IgnoreQueryFilters().CountAsync(s => s.Id == sessionId);
    }
}
