using InterviewInsight.Modules.Analysis.Headless;
using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Shared.Ai;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewInsight.Tests.Engines.Pipeline;

/// <summary>
/// One modality at a time: a missing or failing engine leaves its modality out with an engine-unavailable flag and the
/// others still complete; the run fails, before decoding anything, only when nothing can be measured.
/// </summary>
[Trait("Category", "Integration")]
public sealed class ModalityDropOutTests
{
    private const string Clip = "video/A_lrs2_00016.mp4";

    [Fact]
    public async Task Given_the_landmark_models_removed_When_a_video_is_analysed_Then_speech_and_content_are_scored_and_vision_is_null_with_the_notice()
    {
        // Arrange: neither landmark set (Landmarker v2 + blendshapes, FaceMesh v1 + iris) is installed
        var models = PartialModels.Without(PartialModels.AllVisionLandmarks);
        using var engines = Engines(models);
        var input = await InputAsync(TestAssets.TestData(Clip));

        // Act
        var result = await new RecordingAnalyzer(engines).AnalyzeAsync(input, (_, _) => Task.CompletedTask, CancellationToken.None);

        // Assert
        result.Vision.ShouldBeNull();
        result.Engines.Vision.ShouldBeNull();
        result.Answers.ShouldAllBe(a => a.Vision == null);
        result.Speech.ShouldNotBeNull().WordCount.ShouldBeGreaterThan(5);
        result.Answers.ShouldContain(a => a.Content != null);
        var scores = result.Scores.ShouldNotBeNull();
        scores.Content.ShouldNotBeNull();
        scores.Delivery.ShouldNotBeNull();
        scores.Presence.ShouldBeNull();
        var notice = result.Quality.Where(q => q.Code == QualityFlag.EngineUnavailable).ShouldHaveSingleItem();
        notice.Modality.ShouldBe("video");
        notice.Message.ShouldContain(VisionModelFiles.FaceMeshV1File);
        notice.Message.ShouldContain(VisionModelFiles.FaceLandmarkerFile);
        notice.Message.ShouldContain("models install");
        AnalysisJson.Serialize(result).ShouldContain("\"code\":\"engine-unavailable\"");
    }

    [Fact]
    public async Task Given_only_the_registry_vision_models_When_a_video_is_analysed_Then_vision_runs_on_FaceMesh_v1_and_says_so()
    {
        // Arrange: what a machine that reaches only the registries has (no Landmarker v2, no blendshapes)
        using var engines = Engines(PartialModels.Without(PartialModels.VisionLandmarks(LandmarkPath.LandmarkerV2)));
        var input = await InputAsync(TestAssets.TestData(Clip));

        // Act
        var result = await new RecordingAnalyzer(engines).AnalyzeAsync(input, (_, _) => Task.CompletedTask, CancellationToken.None);

        // Assert
        var vision = result.Vision.ShouldNotBeNull();
        vision.FacePresentRatio.ShouldBeGreaterThan(0.9);
        vision.EyeContactRatio.ShouldNotBeNull();
        vision.SmileRatio.ShouldNotBeNull();
        result.Engines.Vision.ShouldNotBeNull().ShouldContain(LandmarkPaths.EngineName(LandmarkPath.FaceMeshV1));
        result.Scores.ShouldNotBeNull().Presence.ShouldNotBeNull();
        result.Quality.ShouldNotContain(q => q.Code == QualityFlag.EngineUnavailable);
    }

    [Fact]
    public async Task Given_an_audio_only_recording_and_no_VAD_model_When_analysed_Then_it_fails_at_once_naming_the_model_before_reading_the_audio()
    {
        // Arrange: the "WAV" is not audio at all, so reading it would fail differently; no stage may be reported either
        using var engines = Engines(PartialModels.Without("speech/" + AnalysisEngines.VadFile));
        var notAWav = Path.GetTempFileName();
        await File.WriteAllTextAsync(notAWav, "never read");
        var stages = new List<string>();
        var input = new AnalysisInput { WavPath = notAWav, DurationSeconds = 10 };

        // Act
        var error = await Should.ThrowAsync<NothingToMeasureException>(() => new RecordingAnalyzer(engines).AnalyzeAsync(input, (stage, _) =>
        {
            stages.Add(stage);
            return Task.CompletedTask;
        }, CancellationToken.None));

        // Assert
        error.Message.ShouldContain(AnalysisEngines.VadFile);
        error.Message.ShouldContain("no video");
        error.Message.ShouldContain("models install");
        stages.ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_no_VAD_model_When_the_analyze_command_gets_an_audio_file_Then_it_fails_before_extracting_the_audio()
    {
        // Arrange
        using var engines = Engines(PartialModels.Without("speech/" + AnalysisEngines.VadFile));
        var log = new StringWriter();

        // Act
        var error = await Should.ThrowAsync<NothingToMeasureException>(() =>
            new AnalyzeCommand(engines, log).RunAsync(TestAssets.TestData("audio/B_jfk.wav"), null, null, new AnalysisSettings(), CancellationToken.None));

        // Assert
        error.Message.ShouldContain(AnalysisEngines.VadFile);
        log.ToString().ShouldNotContain("Extracting audio");
    }

    [Fact]
    public async Task Given_a_video_without_VAD_When_analysed_Then_presence_is_measured_and_speech_and_content_are_left_out_with_notices()
    {
        // Arrange
        using var engines = Engines(PartialModels.Without("speech/" + AnalysisEngines.VadFile));
        var input = await InputAsync(TestAssets.TestData(Clip));

        // Act
        var result = await new RecordingAnalyzer(engines).AnalyzeAsync(input, (_, _) => Task.CompletedTask, CancellationToken.None);

        // Assert
        result.Speech.ShouldBeNull();
        result.Answers.ShouldAllBe(a => a.Content == null && a.Speech == null);
        result.Vision.ShouldNotBeNull().FacePresentRatio.ShouldBeGreaterThan(0.9);
        result.Scores.ShouldNotBeNull().Presence.ShouldNotBeNull();
        result.Scores.Content.ShouldBeNull();
        var notices = result.Quality.Where(q => q.Code == QualityFlag.EngineUnavailable).ToList();
        notices.Select(n => n.Modality).ShouldBe(["audio", "content"], ignoreOrder: true);
        notices.Single(n => n.Modality == "audio").Message.ShouldContain(AnalysisEngines.VadFile);
    }

    [Fact]
    public async Task Given_a_landmark_model_that_fails_to_load_When_a_video_is_analysed_Then_vision_drops_with_the_error_and_speech_completes()
    {
        // Arrange: the file is there (the pre-flight check passes) but it is not a model
        var models = PartialModels.Without("vision/" + VisionModelFiles.FaceLandmarkerFile);
        await File.WriteAllTextAsync(Path.Combine(models, "vision", VisionModelFiles.FaceLandmarkerFile), "not a tflite model");
        using var engines = Engines(models);
        var input = await InputAsync(TestAssets.TestData(Clip));

        // Act
        var result = await new RecordingAnalyzer(engines).AnalyzeAsync(input, (_, _) => Task.CompletedTask, CancellationToken.None);

        // Assert
        result.Vision.ShouldBeNull();
        result.Speech.ShouldNotBeNull();
        result.Scores.ShouldNotBeNull().Delivery.ShouldNotBeNull();
        result.Quality.ShouldContain(q => q.Modality == "video" && q.Code == QualityFlag.EngineUnavailable && q.Message.Contains("failed"));
    }

    [Fact]
    public void Given_no_expression_model_When_readiness_is_checked_Then_only_expressions_drop_with_their_own_notice()
    {
        // Arrange
        using var engines = Engines(PartialModels.Without("vision/" + VisionModelFiles.ExpressionFile));
        var input = new AnalysisInput { VideoPath = "clip.mp4", WavPath = "clip.wav" };

        // Act
        var readiness = ModalityReadiness.Check(engines, input);

        // Assert
        readiness.SpeechReady.ShouldBeTrue();
        readiness.VisionReady.ShouldBeTrue();
        readiness.ExpressionsReady.ShouldBeFalse();
        var notice = readiness.Flags().ShouldHaveSingleItem();
        notice.Modality.ShouldBe("video");
        notice.Message.ShouldContain(VisionModelFiles.ExpressionFile);
    }

    [Fact]
    public void Given_a_video_only_recording_without_vision_models_When_checked_Then_nothing_can_be_measured_and_the_reason_names_the_files()
    {
        // Arrange
        using var engines = Engines(PartialModels.Without(PartialModels.AllVisionLandmarks));
        var readiness = ModalityReadiness.Check(engines, new AnalysisInput { VideoPath = "clip.mp4" });

        // Act + Assert
        readiness.NothingToMeasure.ShouldBeTrue();
        var error = Should.Throw<NothingToMeasureException>(readiness.ThrowIfNothingToMeasure);
        error.Message.ShouldContain(VisionModelFiles.FaceMeshV1File);
        error.Message.ShouldContain(VisionModelFiles.FaceLandmarkerFile);
        error.Message.ShouldContain("no audio");
    }

    private static AnalysisEngines Engines(string modelsPath) => new(modelsPath, new AiOptions(), null, NullLogger<AnalysisEngines>.Instance);

    private static async Task<AnalysisInput> InputAsync(string media)
    {
        var wav = Path.Combine(Path.GetTempPath(), $"ii-dropout-{Guid.NewGuid():N}.wav");
        await MediaProbe.ExtractWavAsync(media, wav, CancellationToken.None);
        var info = await MediaProbe.ProbeAsync(media, CancellationToken.None);
        return new AnalysisInput
        {
            VideoPath = media,
            WavPath = wav,
            DurationSeconds = info.DurationSeconds,
            Answers = [new AnswerInput("q1", "Tell me about yourself", 0, null), new AnswerInput("q2", "Why this role?", 5, null)],
        };
    }
}
