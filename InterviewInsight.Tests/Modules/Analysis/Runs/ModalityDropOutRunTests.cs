using System.Text.Json;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Analysis.Media;
using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Modules.Analysis.Runs;

/// <summary>A run on a server with models missing: the modality drops with a notice, or the run fails at once with the reason.</summary>
[Trait("Category", "Integration")]
public sealed class ModalityDropOutRunTests
{
    private static readonly TimeSpan AnalysisTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Given_no_landmark_models_When_a_video_is_uploaded_Then_the_run_succeeds_without_vision_and_with_the_notice()
    {
        // Arrange
        var models = PartialModels.Without(PartialModels.AllVisionLandmarks);
        using var app = new AppFactory(settings: new Dictionary<string, string?> { ["Models:Path"] = models });
        var client = app.CreateClientWithAntiforgery("alice", "Candidate");

        // Act
        var sessionId = await UploadRequests.UploadAsync(client, "clip.mp4", await File.ReadAllBytesAsync(TestAssets.TestData("video/A_lrs2_00016.mp4")));
        var run = await UploadRequests.WaitForRunAsync(client, sessionId, AnalysisTimeout);

        // Assert
        run.Status.ShouldBe(AnalysisRunStatus.Succeeded, run.Error);
        using var result = JsonDocument.Parse(await client.GetStringAsync($"/api/sessions/{sessionId}/analysis/result"));
        var root = result.RootElement;
        root.GetProperty("vision").ValueKind.ShouldBe(JsonValueKind.Null);
        root.GetProperty("speech").GetProperty("wordCount").GetInt32().ShouldBeGreaterThan(5);
        root.GetProperty("scores").GetProperty("content").ValueKind.ShouldBe(JsonValueKind.Object);
        root.GetProperty("quality").EnumerateArray().ShouldContain(q =>
            q.GetProperty("modality").GetString() == "video" && q.GetProperty("code").GetString() == "engine-unavailable"
            && q.GetProperty("message").GetString()!.Contains(VisionModelFiles.FaceMeshV1File));
    }

    [Fact]
    public async Task Given_no_VAD_model_When_an_audio_only_recording_is_uploaded_Then_the_run_fails_before_normalising_with_a_reason_naming_it()
    {
        // Arrange
        using var app = new AppFactory(settings: new Dictionary<string, string?> { ["Models:Path"] = PartialModels.Without("speech/" + AnalysisEngines.VadFile) });
        var client = app.CreateClientWithAntiforgery("alice", "Candidate");

        // Act
        var sessionId = await UploadRequests.UploadAsync(client, "jfk.wav", await File.ReadAllBytesAsync(TestAssets.TestData("audio/B_jfk.wav")));
        var run = await UploadRequests.WaitForRunAsync(client, sessionId, AnalysisTimeout);

        // Assert
        run.Status.ShouldBe(AnalysisRunStatus.Failed);
        run.Error.ShouldNotBeNull().ShouldContain(AnalysisEngines.VadFile);
        run.Error.ShouldContain("models install");
        Directory.EnumerateFiles(app.DataPath, MediaNormalizer.WavFileName, SearchOption.AllDirectories).ShouldBeEmpty("the media was not normalised");
    }
}
