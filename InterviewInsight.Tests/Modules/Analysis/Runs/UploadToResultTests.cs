using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Engines.Content.Embeddings;
using InterviewInsight.Modules.Engines.Models;
using InterviewInsight.Modules.Shared.Settings;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace InterviewInsight.Tests.Modules.Analysis.Runs;

/// <summary>From upload to result through the real endpoint, outbox, Hangfire job, models and ffmpeg.</summary>
[Trait("Category", "Integration")]
public sealed class UploadToResultTests
{
    private static readonly TimeSpan AnalysisTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Given_real_clip_with_two_questions_When_uploaded_Then_run_succeeds_with_speech_vision_answers_and_seekable_media()
    {
        // Arrange
        using var app = new AppFactory();
        var client = app.CreateClientWithAntiforgery("alice", "Candidate");
        var bytes = await File.ReadAllBytesAsync(TestAssets.TestData("video/A_lrs2_00016.mp4"));

        // Act
        var sessionId = await UploadRequests.UploadAsync(client, "interview.mp4", bytes,
            """[{"question":"Tell me about yourself","start":0},{"question":"Why this role?","start":5}]""");
        var run = await UploadRequests.WaitForRunAsync(client, sessionId, AnalysisTimeout);

        // Assert
        run.Status.ShouldBe(AnalysisRunStatus.Succeeded, run.Error);
        run.Percent.ShouldBe(100);
        using var result = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{sessionId}/analysis/result"));
        var root = result.RootElement;
        root.GetProperty("speech").GetProperty("transcript").GetString()!.Length.ShouldBeGreaterThan(20);
        root.GetProperty("vision").GetProperty("facePresentRatio").GetDouble().ShouldBeGreaterThan(0.9);
        root.GetProperty("answers").GetArrayLength().ShouldBe(2);
        root.GetProperty("answers")[1].GetProperty("question").GetString().ShouldBe("Why this role?");
        root.GetProperty("provenance").GetProperty("settings").GetProperty("videoSampleFps").GetString().ShouldBe("5");
        root.GetProperty("timeline").GetProperty("series").GetProperty("eyeContact").GetArrayLength().ShouldBeGreaterThan(9);
        root.GetProperty("timeline").GetProperty("series").GetProperty("sentiment").GetArrayLength().ShouldBeGreaterThan(9);
        var miniLmInstalled = MiniLmEmbedder.MissingFiles(app.Services.GetRequiredService<ModelCatalog>().ModelsPath).Count == 0;
        root.GetProperty("engines").GetProperty("content").GetString()!.ShouldContain(miniLmInstalled ? MiniLmEmbedder.EngineName : "glove");
        root.GetProperty("answers")[0].GetProperty("content").GetProperty("relevance").GetProperty("value").GetDouble().ShouldBeInRange(0, 1);
        foreach (var score in new[] { "overall", "content", "delivery", "presence" })
        {
            var value = root.GetProperty("scores").GetProperty(score);
            value.GetProperty("value").GetDouble().ShouldBeInRange(0, 100, score);
            value.GetProperty("id").GetString().ShouldBe($"score.{score}");
        }

        root.GetProperty("recommendations").GetArrayLength().ShouldBeInRange(1, 3);

        using var range = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{sessionId}/media");
        range.Headers.Range = new RangeHeaderValue(100, 199);
        using var partial = await client.SendAsync(range);
        partial.StatusCode.ShouldBe(HttpStatusCode.PartialContent);
        (await partial.Content.ReadAsByteArrayAsync()).Length.ShouldBe(100);
        partial.Content.Headers.ContentType!.MediaType.ShouldBe("video/mp4");
    }

    [Fact]
    public async Task Given_a_recording_analysed_twice_When_the_runs_are_compared_Then_scores_segments_and_recommendations_are_identical()
    {
        // Arrange
        using var app = new AppFactory();
        var client = app.CreateClientWithAntiforgery("alice", "Candidate");
        var sessionId = await UploadRequests.UploadAsync(client, "jfk.wav", await File.ReadAllBytesAsync(TestAssets.TestData("audio/B_jfk.wav")),
            """[{"question":"What should citizens do for their country?","start":0}]""");
        await UploadRequests.WaitForRunAsync(client, sessionId, AnalysisTimeout);
        var first = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{sessionId}/analysis/result")).RootElement;

        // Act: a second version of the same session
        var second = await app.Services.GetRequiredService<IAnalysisApi>().StartRunAsync("alice", sessionId);
        var run = await UploadRequests.WaitForRunAsync(client, sessionId, AnalysisTimeout);
        var again = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{sessionId}/analysis/result")).RootElement;

        // Assert
        second.Version.ShouldBe(2);
        run.Version.ShouldBe(2);
        foreach (var part in new[] { "scores", "segments", "recommendations", "answers", "timeline" })
        {
            again.GetProperty(part).GetRawText().ShouldBe(first.GetProperty(part).GetRawText(), part);
        }
    }

    [Fact]
    public async Task Given_someone_elses_session_When_result_media_or_run_is_requested_Then_not_found()
    {
        // Arrange
        using var app = new AppFactory();
        var alice = app.CreateClientWithAntiforgery("alice", "Candidate");
        var sessionId = await UploadRequests.UploadAsync(alice, "jfk.wav", await File.ReadAllBytesAsync(TestAssets.TestData("audio/B_jfk.wav")));
        await UploadRequests.WaitForRunAsync(alice, sessionId, AnalysisTimeout);
        var mallory = app.CreateClientAs("mallory", "Candidate");

        // Act + Assert
        foreach (var path in new[] { "analysis", "analysis/result", "media" })
        {
            (await mallory.GetAsync($"/api/sessions/{sessionId}/{path}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            (await alice.GetAsync($"/api/sessions/{sessionId}/{path}")).StatusCode.ShouldBe(HttpStatusCode.OK, path);
        }
    }

    [Fact]
    public async Task Given_audio_only_upload_When_analysed_Then_result_is_complete_without_vision_and_says_why()
    {
        using var app = new AppFactory();
        var client = app.CreateClientWithAntiforgery("alice", "Candidate");
        var sessionId = await UploadRequests.UploadAsync(client, "jfk.wav", await File.ReadAllBytesAsync(TestAssets.TestData("audio/B_jfk.wav")));

        var run = await UploadRequests.WaitForRunAsync(client, sessionId, AnalysisTimeout);

        run.Status.ShouldBe(AnalysisRunStatus.Succeeded, run.Error);
        using var result = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{sessionId}/analysis/result"));
        result.RootElement.GetProperty("vision").ValueKind.ShouldBe(JsonValueKind.Null);
        result.RootElement.GetProperty("speech").GetProperty("transcript").GetString()!.ShouldContain("country");
        result.RootElement.GetProperty("quality").EnumerateArray().ShouldContain(q => q.GetProperty("code").GetString() == "no-video");
    }

    [Theory]
    [InlineData("consent")]
    [InlineData("instance")]
    public async Task Given_expressions_refused_by_the_session_or_switched_off_When_analysed_Then_no_expression_output_remains(string how)
    {
        // Arrange
        using var app = new AppFactory();
        if (how == "instance")
        {
            await app.Services.GetRequiredService<IInstanceSettings>().SetAsync(InstanceSettingKeys.ExpressionsEnabled, "false", "test");
        }

        var client = app.CreateClientWithAntiforgery("alice", "Candidate");
        var fields = how == "consent" ? new Dictionary<string, string> { ["consentExpressions"] = "false" } : null;

        // Act
        var sessionId = await UploadRequests.UploadAsync(client, "clip.mp4", await File.ReadAllBytesAsync(TestAssets.TestData("video/A_lrs2_00016.mp4")), fields: fields);
        var run = await UploadRequests.WaitForRunAsync(client, sessionId, AnalysisTimeout);

        // Assert: presence is still measured, every expression output is gone
        run.Status.ShouldBe(AnalysisRunStatus.Succeeded, run.Error);
        using var result = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{sessionId}/analysis/result"));
        var vision = result.RootElement.GetProperty("vision");
        vision.GetProperty("eyeContactRatio").GetDouble().ShouldBeGreaterThan(0);
        vision.GetProperty("expressions").ValueKind.ShouldBe(JsonValueKind.Null);
        vision.GetProperty("smileRatio").ValueKind.ShouldBe(JsonValueKind.Null);
        vision.GetProperty("observedBehaviours").ValueKind.ShouldBe(JsonValueKind.Null);
        result.RootElement.GetProperty("engines").GetProperty("vision").GetString()!.ShouldNotContain("expression");
        result.RootElement.GetProperty("provenance").GetProperty("settings").GetProperty("expressions").GetString().ShouldBe("false");
    }

    [Fact]
    public async Task Given_recording_without_a_face_When_analysed_Then_presence_is_not_scored_and_the_reason_is_flagged()
    {
        // Arrange: a test pattern instead of a person, with JFK's speech as the audio
        var noFace = Path.Combine(Path.GetTempPath(), $"no-face-{Guid.NewGuid():N}.mp4");
        await Ffmpeg.RunAsync("-f", "lavfi", "-i", "testsrc2=size=640x480:rate=15", "-i", TestAssets.TestData("audio/B_jfk.wav"),
            "-shortest", "-c:v", "libx264", "-pix_fmt", "yuv420p", "-c:a", "aac", noFace);
        using var app = new AppFactory();
        var client = app.CreateClientWithAntiforgery("alice", "Candidate");

        // Act
        var sessionId = await UploadRequests.UploadAsync(client, "no-face.mp4", await File.ReadAllBytesAsync(noFace));
        var run = await UploadRequests.WaitForRunAsync(client, sessionId, AnalysisTimeout);

        // Assert
        run.Status.ShouldBe(AnalysisRunStatus.Succeeded, run.Error);
        using var result = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{sessionId}/analysis/result"));
        var root = result.RootElement;
        root.GetProperty("vision").GetProperty("facePresentRatio").GetDouble().ShouldBeLessThan(0.05);
        root.GetProperty("quality").EnumerateArray().ShouldContain(q => q.GetProperty("modality").GetString() == "video");
        root.GetProperty("scores").GetProperty("presence").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("scores").GetProperty("delivery").GetProperty("value").GetDouble().ShouldBeInRange(0, 100);
    }

    [Fact]
    public async Task Given_silent_recording_When_analysed_Then_run_succeeds_and_is_flagged_silent_not_scored_as_fine()
    {
        // Arrange: 6 s of digital silence made by ffmpeg
        var silent = Path.Combine(Path.GetTempPath(), $"silent-{Guid.NewGuid():N}.wav");
        await Ffmpeg.RunAsync("-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono", "-t", "6", silent);
        using var app = new AppFactory();
        var client = app.CreateClientWithAntiforgery("alice", "Candidate");

        // Act
        var sessionId = await UploadRequests.UploadAsync(client, "silent.wav", await File.ReadAllBytesAsync(silent));
        var run = await UploadRequests.WaitForRunAsync(client, sessionId, AnalysisTimeout);

        // Assert
        run.Status.ShouldBe(AnalysisRunStatus.Succeeded, run.Error);
        using var result = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{sessionId}/analysis/result"));
        result.RootElement.GetProperty("quality").EnumerateArray().ShouldContain(q => q.GetProperty("code").GetString() == "silent");
        result.RootElement.GetProperty("speech").GetProperty("wordCount").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Given_run_abandoned_by_a_crashed_process_When_the_app_restarts_Then_the_run_completes()
    {
        // Arrange: a first process stores the upload and starts the run, then dies; its row still says Running.
        var (dataPath, sessionId) = await UploadThenDieAsync();
        await CrashRunAsync(dataPath, attempts: 1);

        // Act
        using var restarted = new AppFactory(dataPath);
        var again = restarted.CreateClientAs("alice", "Candidate");
        var run = await UploadRequests.WaitForRunAsync(again, sessionId, AnalysisTimeout);

        // Assert
        run.Status.ShouldBe(AnalysisRunStatus.Succeeded, run.Error);
        run.Version.ShouldBe(1);
        (await again.GetAsync($"/api/sessions/{sessionId}/analysis/result")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Given_a_run_whose_process_died_on_every_attempt_When_the_app_restarts_Then_it_fails_for_good_saying_why()
    {
        // Arrange: the run's row says Running with a dead heartbeat, and it was already claimed MaxAttempts (3) times
        var (dataPath, sessionId) = await UploadThenDieAsync();
        await CrashRunAsync(dataPath, attempts: 3);

        // Act
        using var restarted = new AppFactory(dataPath);
        var again = restarted.CreateClientAs("alice", "Candidate");
        var run = await UploadRequests.WaitForRunAsync(again, sessionId, AnalysisTimeout);

        // Assert: not analysed a fourth time; the candidate is told what happened and what to do
        run.Status.ShouldBe(AnalysisRunStatus.Failed);
        run.Error.ShouldNotBeNull().ShouldContain("stopped 3 times without finishing");
        run.Version.ShouldBe(1);
        (await again.GetAsync($"/api/sessions/{sessionId}/analysis/result")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Given_a_time_limit_no_analysis_can_meet_When_a_recording_is_analysed_Then_the_run_is_stopped_and_fails_saying_why()
    {
        // Arrange: one millisecond, whatever the length: no machine probes, converts and analyses a recording that fast
        using var app = new AppFactory(settings: new Dictionary<string, string?>
        {
            ["Analysis:MinTimeLimitSeconds"] = "0.001",
            ["Analysis:TimeLimitPerMediaSecond"] = "0.001",
        });
        var client = app.CreateClientWithAntiforgery("alice", "Candidate");

        // Act
        var sessionId = await UploadRequests.UploadAsync(client, "jfk.wav", await File.ReadAllBytesAsync(TestAssets.TestData("audio/B_jfk.wav")));
        var run = await UploadRequests.WaitForRunAsync(client, sessionId, AnalysisTimeout);

        // Assert
        run.Status.ShouldBe(AnalysisRunStatus.Failed);
        run.Error.ShouldNotBeNull().ShouldContain("took longer than this server allows");
    }

    /// <summary>A first process stores an upload and starts its run, then goes away.</summary>
    private static async Task<(string DataPath, Guid SessionId)> UploadThenDieAsync()
    {
        using var first = new AppFactory();
        var client = first.CreateClientWithAntiforgery("alice", "Candidate");
        var sessionId = await UploadRequests.UploadAsync(client, "jfk.wav", await File.ReadAllBytesAsync(TestAssets.TestData("audio/B_jfk.wav")));
        await WaitUntilAsync(async () => (await client.GetAsync($"/api/sessions/{sessionId}/analysis")).IsSuccessStatusCode);
        return (first.DataPath, sessionId);
    }

    /// <summary>Makes the run's row look like its process died mid-run after <paramref name="attempts"/> claims.</summary>
    private static async Task CrashRunAsync(string dataPath, int attempts)
    {
        await using var db = new SqliteConnection($"Data Source={Path.Combine(dataPath, "analysis.db")};Pooling=False");
        await db.OpenAsync();
        await using var crash = db.CreateCommand();
        crash.CommandText = "UPDATE AnalysisRuns SET Status = 'Running', Stage = 'Analysing video', ResultJson = NULL, FinishedAt = NULL, "
            + $"HeartbeatAt = '2020-01-01 00:00:00', Attempts = {attempts}";
        (await crash.ExecuteNonQueryAsync()).ShouldBe(1);
    }

    /// <summary>Asks every 100 ms until the condition holds; the deadline only guards against a hang, whatever the machine's speed.</summary>
    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + AnalysisTimeout;
        while (!await condition())
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the condition never held");
            await Task.Delay(100);
        }
    }
}
