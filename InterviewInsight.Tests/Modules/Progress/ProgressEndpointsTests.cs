using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Modules.Progress;

/// <summary>
/// Progress and reflections over REST on two real analyses (upload → outbox → job → models), tried as the owner, as another
/// candidate and anonymously.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ProgressEndpointsTests : IClassFixture<ProgressEndpointsTests.TwoAnalysedSessions>
{
    private readonly TwoAnalysedSessions sessions;

    public ProgressEndpointsTests(TwoAnalysedSessions sessions) => this.sessions = sessions;

    [Fact]
    public async Task Given_two_analysed_uploads_When_progress_is_read_Then_both_sessions_with_scores_bests_and_a_streak()
    {
        // Act
        using var report = JsonDocument.Parse(await sessions.Alice.GetStringAsync("/api/progress"));

        // Assert
        var root = report.RootElement;
        var listed = root.GetProperty("sessions").EnumerateArray().ToList();
        listed.Select(s => s.GetProperty("sessionId").GetGuid()).ShouldBe(sessions.Ids, ignoreOrder: true);
        foreach (var session in listed)
        {
            session.GetProperty("comparable").GetBoolean().ShouldBeTrue();
            session.GetProperty("scores").GetProperty("overall").GetDouble().ShouldBeInRange(0, 100);
            session.GetProperty("measures").GetProperty("wordsPerMinute").GetDouble().ShouldBeGreaterThan(0);
            session.GetProperty("measures").GetProperty("eyeContactRatio").GetDouble().ShouldBeInRange(0, 1);
            session.GetProperty("measures").GetProperty("longPauses").GetInt32().ShouldBeGreaterThanOrEqualTo(0);
        }

        var best = root.GetProperty("bests").GetProperty("overall");
        sessions.Ids.ShouldContain(best.GetProperty("sessionId").GetGuid());
        best.GetProperty("value").GetDouble().ShouldBe(listed.Max(s => s.GetProperty("scores").GetProperty("overall").GetDouble()));
        root.GetProperty("streakDays").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task Given_another_candidate_When_progress_is_read_Then_none_of_alices_sessions()
    {
        using var report = JsonDocument.Parse(await sessions.App.CreateClientAs("bob", "Candidate").GetStringAsync("/api/progress"));

        report.RootElement.GetProperty("sessions").GetArrayLength().ShouldBe(0);
        report.RootElement.GetProperty("streakDays").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Given_a_reflection_When_saved_and_read_Then_a_coaching_response_that_quotes_the_candidate()
    {
        // Act
        using var saved = await sessions.Alice.PutAsJsonAsync(
            $"/api/sessions/{sessions.Ids[0]}/reflection",
            new { wentWell = "I introduced myself clearly", toChange = "Give one example with a result", feeling = "nervous at first" });
        var body = await saved.Content.ReadAsStringAsync();

        // Assert
        saved.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        using var json = JsonDocument.Parse(body);
        json.RootElement.GetProperty("sessionId").GetGuid().ShouldBe(sessions.Ids[0]);
        json.RootElement.GetProperty("feeling").GetString().ShouldBe("nervous at first");
        json.RootElement.GetProperty("coachingSource").GetString().ShouldBe("measured-results");
        json.RootElement.GetProperty("coachingResponse").GetString()!.ShouldContain("“I introduced myself clearly”");
        using var read = JsonDocument.Parse(await sessions.Alice.GetStringAsync($"/api/sessions/{sessions.Ids[0]}/reflection"));
        read.RootElement.GetProperty("wentWell").GetString().ShouldBe("I introduced myself clearly");

        using var replaced = await sessions.Alice.PutAsJsonAsync(
            $"/api/sessions/{sessions.Ids[0]}/reflection", new { wentWell = "Calm pace", toChange = "", feeling = "" });
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var summary = JsonDocument.Parse(await sessions.Alice.GetStringAsync("/api/progress/reflections/summary"));
        summary.RootElement.GetProperty("reflections").GetInt32().ShouldBe(1);
        summary.RootElement.GetProperty("weakestMeasures").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Given_someone_elses_or_no_reflection_When_requested_Then_404_and_anonymous_401()
    {
        var bob = sessions.App.CreateClientWithAntiforgery("bob", "Candidate");
        var anonymous = sessions.App.CreateAnonymousClient();
        var path = $"/api/sessions/{sessions.Ids[1]}/reflection";

        (await sessions.Alice.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.PutAsJsonAsync(path, new { wentWell = "x" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/progress")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/progress/reflections/summary")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await sessions.Alice.GetAsync("/api/progress/questions/no-such-question")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_bad_reflection_input_When_saved_Then_400_and_nothing_stored()
    {
        var path = $"/api/sessions/{sessions.Ids[1]}/reflection";

        (await sessions.Alice.PutAsJsonAsync(path, new { wentWell = "", toChange = " ", feeling = "" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await sessions.Alice.PutAsJsonAsync(path, new { wentWell = new string('a', 5001) })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await sessions.Alice.GetAsync(path)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>Alice uploads the same real clip twice; both analyses run once for the whole class.</summary>
    public sealed class TwoAnalysedSessions : IAsyncLifetime
    {
        public AppFactory App { get; } = new();

        public HttpClient Alice { get; private set; } = null!;

        public List<Guid> Ids { get; } = [];

        public async Task InitializeAsync()
        {
            Alice = App.CreateClientWithAntiforgery("alice", "Candidate");
            var bytes = await File.ReadAllBytesAsync(TestAssets.TestData("video/A_lrs2_00016.mp4"));
            for (var i = 0; i < 2; i++)
            {
                var id = await UploadRequests.UploadAsync(Alice, $"practice-{i}.mp4", bytes, """[{"question":"Tell me about yourself","start":0}]""");
                var run = await UploadRequests.WaitForRunAsync(Alice, id, TimeSpan.FromMinutes(5));
                run.Status.ShouldBe(AnalysisRunStatus.Succeeded, run.Error);
                Ids.Add(id);
            }
        }

        public async Task DisposeAsync()
        {
            await App.DisposeAsync();
            Directory.Delete(App.DataPath, recursive: true);
        }
    }
}
