using System.Text.Json;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Modules.Analysis.Runs;

/// <summary>An upload in accommodation mode, analysed by the real job and models, then read by Progress beside a plain one.</summary>
[Trait("Category", "Integration")]
public sealed class AccommodationRunTests
{
    private static readonly string[] Dropped =
        ["score.presence.eye-contact", "score.presence.look-away", "score.presence.smile", "score.delivery.pitch-variation"];

    [Fact]
    public async Task Given_an_upload_in_accommodation_mode_When_analysed_Then_the_scores_drop_those_parts_say_so_and_progress_marks_it()
    {
        // Arrange
        using var app = new AppFactory();
        var client = app.CreateClientWithAntiforgery("alice", Roles.Candidate);
        var bytes = await File.ReadAllBytesAsync(TestAssets.TestData("video/A_lrs2_00016.mp4"));
        const string Questions = """[{"question":"Tell me about yourself","start":0}]""";

        // Act
        var plain = await UploadRequests.UploadAsync(client, "plain.mp4", bytes, Questions);
        (await UploadRequests.WaitForRunAsync(client, plain, TimeSpan.FromMinutes(3))).Status.ShouldBe(AnalysisRunStatus.Succeeded);
        var accommodated = await UploadRequests.UploadAsync(client, "accommodated.mp4", bytes, Questions, new Dictionary<string, string> { ["accommodation"] = "true" });
        var run = await UploadRequests.WaitForRunAsync(client, accommodated, TimeSpan.FromMinutes(3));

        // Assert: the result
        run.Status.ShouldBe(AnalysisRunStatus.Succeeded, run.Error);
        using var result = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{accommodated}/analysis/result"));
        var root = result.RootElement;
        var scored = new[] { "presence", "delivery" }
            .SelectMany(s => root.GetProperty("scores").GetProperty(s).GetProperty("components").EnumerateArray())
            .Select(c => c.GetProperty("id").GetString())
            .ToList();
        scored.ShouldContain("score.presence.face-present");
        scored.ShouldContain("score.delivery.pace");
        scored.ShouldNotContain(id => Dropped.Contains(id));
        root.GetProperty("recommendations").EnumerateArray().ShouldNotContain(r => Dropped.Contains(r.GetProperty("componentId").GetString()));
        root.GetProperty("vision").GetProperty("eyeContactRatio").GetDouble().ShouldBeInRange(0, 1); // still shown, as information
        var notice = root.GetProperty("quality").EnumerateArray().Single(q => q.GetProperty("code").GetString() == "accommodation");
        notice.GetProperty("message").GetString()!.ShouldStartWith("Accommodation mode: eye contact, facial expression and voice measures are not scored");
        root.GetProperty("provenance").GetProperty("settings").GetProperty("accommodation").GetString().ShouldBe("on");

        // Assert: the plain run scored those parts, and Progress marks it as measured differently from the latest
        using var plainResult = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{plain}/analysis/result"));
        plainResult.RootElement.GetProperty("scores").GetProperty("presence").GetProperty("components").EnumerateArray()
            .Select(c => c.GetProperty("id").GetString()).ShouldContain("score.presence.eye-contact");
        using var progress = JsonDocument.Parse(await client.GetStringAsync("/api/progress"));
        var sessions = progress.RootElement.GetProperty("sessions").EnumerateArray().ToDictionary(s => s.GetProperty("sessionId").GetGuid());
        sessions[accommodated].GetProperty("comparable").GetBoolean().ShouldBeTrue();
        sessions[plain].GetProperty("comparable").GetBoolean().ShouldBeFalse();
        sessions[plain].GetProperty("differsFromLatest").EnumerateArray().Select(d => d.GetString()).ShouldBe(["accommodation mode"]);
    }
}
