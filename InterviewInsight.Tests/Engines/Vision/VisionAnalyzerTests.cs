using System.Text.Json;
using InterviewInsight.Modules.Engines;
using InterviewInsight.Modules.Engines.Speech.Vad;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Engines.Vision.Expressions;
using InterviewInsight.Modules.Engines.Vision.Frames;

namespace InterviewInsight.Tests.Engines.Vision;

[Collection(VisionCollection.Name)]
[Trait("Category", "Integration")]
public sealed class VisionAnalyzerTests(VisionFixture fixture)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Given_clips_without_a_face_When_analysing_Then_no_face_is_reported_with_zero_confidence()
    {
        // Arrange: an ffmpeg test pattern and an 80x80 crop of the plain backdrop behind a real speaker.
        var pattern = VisionTestMedia.Ffmpeg("-f lavfi -i testsrc=size=320x240:rate=25 -t 3", Path.Combine(fixture.TempDir, "pattern.mp4"));
        var backdrop = VisionTestMedia.Ffmpeg($"-i \"{VisionTestMedia.Video("A_clm_franck_000-060")}\" -t 4 -vf crop=80:80:0:0", Path.Combine(fixture.TempDir, "backdrop.mp4"));

        // Act
        var results = new[] { pattern, backdrop }.Select(p => fixture.Analyzer.Analyze(p, new VisionOptions()).Whole).ToList();

        // Assert
        results.ShouldAllBe(r => r.FacePresentRatio == 0 && r.Frames.Sampled > 0);
        results.ShouldAllBe(r => r.EyeContactRatio == null && r.Confidence == 0);
        results.ShouldAllBe(r => r.Quality.Any(q => q.Code == "no-face"));
    }

    [Fact]
    public void Given_a_darkened_copy_of_a_clip_When_analysing_Then_it_is_flagged_too_dark_with_lower_confidence()
    {
        // Arrange
        var original = VisionTestMedia.Video("A_grid_lrwp9a");
        var dark = VisionTestMedia.Ffmpeg($"-i \"{original}\" -an -vf eq=brightness=-0.6", Path.Combine(fixture.TempDir, "dark.mp4"));

        // Act
        var clean = fixture.Analyzer.Analyze(original, new VisionOptions()).Whole;
        var darkened = fixture.Analyzer.Analyze(dark, new VisionOptions()).Whole;

        // Assert: measured luma 142 -> 11, confidence 0.60 -> 0.22.
        clean.Quality.ShouldNotContain(q => q.Code == "too-dark");
        darkened.Quality.ShouldContain(q => q.Code == "too-dark" && q.Modality == "video");
        darkened.Lighting.MeanLuma.ShouldBeLessThan(30);
        darkened.Confidence.ShouldBeLessThan(clean.Confidence * 0.7);
    }

    [Fact]
    public void Given_a_blurred_copy_of_a_clip_When_analysing_Then_it_is_flagged_blurry_with_lower_confidence()
    {
        // Arrange
        var original = VisionTestMedia.Video("A_grid_lrwp9a");
        var blurred = VisionTestMedia.Ffmpeg($"-i \"{original}\" -an -vf boxblur=10", Path.Combine(fixture.TempDir, "blurred.mp4"));

        // Act
        var clean = fixture.Analyzer.Analyze(original, new VisionOptions()).Whole;
        var blurry = fixture.Analyzer.Analyze(blurred, new VisionOptions()).Whole;

        // Assert: measured face sharpness 159 -> 4.
        clean.Quality.ShouldNotContain(q => q.Code == "blurry");
        blurry.Quality.ShouldContain(q => q.Code == "blurry");
        blurry.Quality.ShouldNotContain(q => q.Code == "too-dark");
        blurry.Confidence.ShouldBeLessThan(clean.Confidence * 0.7);
    }

    [Fact]
    public void Given_expressions_switched_off_When_analysing_Then_no_expression_output_exists_anywhere()
    {
        // Arrange
        var clip = VisionTestMedia.Video("A_lp_d19");
        var off = new VisionOptions { ExpressionsEnabled = false };

        // Act
        var result = fixture.Analyzer.Analyze(clip, off, [new RecordingSpan("a1", 0, 4)]);
        var json = JsonSerializer.Serialize(result, Json);
        var onJson = JsonSerializer.Serialize(fixture.Analyzer.Analyze(clip, new VisionOptions()), Json);

        // Assert
        foreach (var vision in new[] { result.Whole, result.Spans.Single().Vision })
        {
            vision.Expressions.ShouldBeNull();
            vision.ObservedBehaviours.ShouldBeNull();
            vision.SmileRatio.ShouldBeNull();
            vision.Timeline.Series.Keys.ShouldNotContain("smile");
        }

        result.Timings.MillisecondsPerFrame.Keys.ShouldNotContain("expression");
        result.Engine.ShouldNotContain("expression");
        json.ShouldContain("\"smileRatio\":null");
        json.ShouldContain("\"expressions\":null");
        var withoutNullKeys = json.Replace("\"smileRatio\":null", string.Empty, StringComparison.Ordinal);
        foreach (var word in ExpressionScores.ModelLabels.Concat([ObservableExpression.Smiling, "smile"]))
        {
            withoutNullKeys.ShouldNotContain(word, Case.Insensitive);
        }

        onJson.ShouldContain("\"happy\"");
        onJson.ShouldContain("\"smiling\"");
    }

    [Fact]
    public void Given_a_real_smiling_clip_with_expressions_on_When_analysing_Then_smiles_are_seen_and_shares_sum_to_one()
    {
        // Arrange: A_lp_d19 is a man whose mild smile grows into a broad smile.
        var clip = VisionTestMedia.Video("A_lp_d19");

        // Act
        var vision = fixture.Analyzer.Analyze(clip, new VisionOptions()).Whole;

        // Assert: measured smile ratio 0.33.
        vision.SmileRatio!.Value.ShouldBeGreaterThan(0.2);
        vision.Expressions!.Values.Sum().ShouldBe(1, 0.01);
        vision.ObservedBehaviours!.Values.Sum().ShouldBe(1, 1e-9);
        vision.Timeline.Series["smile"].ShouldContain(v => v > 0.5);
    }

    [Fact]
    public void Given_a_60_s_clip_with_answer_spans_and_speech_When_analysing_Then_each_span_and_the_timeline_are_filled()
    {
        // Arrange
        var clip = VisionTestMedia.Video("A_clm_franck_000-060");
        RecordingSpan[] spans = [new("q1", 0, 20), new("q2", 20, 60)];
        SpeechSegment[] speech = [new(2, 18), new(25, 55)];

        // Act
        var result = fixture.Analyzer.Analyze(clip, new VisionOptions(), spans, speech);

        // Assert
        result.Whole.Frames.Sampled.ShouldBe(300);
        result.Whole.Timeline.Series["eyeContact"].Count.ShouldBe(60);
        result.Spans.Select(s => s.Vision.Frames.Sampled).ShouldBe([100, 200]);
        result.Whole.LongestLookAwayWhileSpeakingSeconds!.Value.ShouldBeLessThanOrEqualTo(result.Whole.LongestLookAwaySeconds!.Value);
        result.Whole.Framing!.FaceHeightRatio.ShouldBeInRange(0.3, 0.9);
        result.Timings.MillisecondsPerFrame.Keys.ShouldContain("landmarks");
        result.Timings.RealTimeFactor.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Given_tracking_between_detections_When_compared_with_detecting_every_frame_Then_the_results_agree()
    {
        // Arrange: A_lrs2_00016 has head bobs and looks down often.
        var clip = VisionTestMedia.Video("A_lrs2_00016");

        // Act
        var everyFrame = fixture.Analyzer.Analyze(clip, new VisionOptions { DetectEveryNFrames = 1 });
        var tracked = fixture.Analyzer.Analyze(clip, new VisionOptions { DetectEveryNFrames = 10 });

        // Assert
        tracked.Whole.FacePresentRatio.ShouldBe(everyFrame.Whole.FacePresentRatio);
        tracked.Whole.EyeContactRatio!.Value.ShouldBe(everyFrame.Whole.EyeContactRatio!.Value, 0.1);
        tracked.Whole.HeadPose!.YawStdDeg.ShouldBe(everyFrame.Whole.HeadPose!.YawStdDeg, 2);
        var yawA = everyFrame.Whole.Timeline.Series["yaw"];
        var yawB = tracked.Whole.Timeline.Series["yaw"];
        Enumerable.Range(0, yawA.Count).Average(i => Math.Abs(yawA[i]!.Value - yawB[i]!.Value)).ShouldBeLessThan(3);
    }

    [Theory]
    [InlineData("A_lrs2_00001")]
    [InlineData("A_vox_00015")]
    [InlineData("A_grid_swwp2s")]
    public void Given_the_yunet_detector_on_small_face_crops_When_analysing_Then_the_face_is_found_throughout(string clip)
    {
        // Arrange
        var options = new VisionOptions { Detector = FaceDetectorKind.YuNet, DetectEveryNFrames = 1 };

        // Act
        var vision = fixture.Analyzer.Analyze(VisionTestMedia.Video(clip), options).Whole;

        // Assert
        vision.FacePresentRatio.ShouldBe(1);
        vision.Frames.Measurable.ShouldBe(vision.Frames.Sampled);
    }

    [Theory]
    [InlineData("C_fr_two_people.jpg", 2)]
    [InlineData("C_still_grid_lrwp9a_t2.2s_atcamera.jpg", 1)]
    [InlineData("C_faceapi_happy.jpg", 1)]
    public void Given_a_photo_When_analysing_Then_the_number_of_people_in_view_is_counted(string file, int people)
    {
        // Arrange
        using var image = OpenCvSharp.Cv2.ImRead(VisionTestMedia.Image(file));

        // Act
        var observation = fixture.Analyzer.AnalyzeImage(image, new VisionOptions());

        // Assert: C_faceapi_happy also yields a weak spurious box, which must not count as a second person.
        observation.FaceCount.ShouldBe(people);
        observation.Gaze.ShouldNotBeNull();
    }

    [Fact]
    public void Given_a_models_folder_without_the_files_When_a_model_is_needed_Then_the_error_names_the_missing_file()
    {
        // Arrange
        using var empty = new VisionModels(fixture.TempDir);

        // Act
        var error = Should.Throw<FileNotFoundException>(() => empty.Detector(FaceDetectorKind.BlazeFace));

        // Assert
        error.Message.ShouldContain("face_detection_front_128x128_barracuda.onnx");
    }

    [Fact]
    public void Given_a_missing_video_When_analysing_Then_it_fails_naming_the_file()
    {
        // Arrange
        var path = Path.Combine(fixture.TempDir, "nope.mp4");

        // Act
        var error = Should.Throw<FileNotFoundException>(() => fixture.Analyzer.Analyze(path, new VisionOptions { SamplingRate = FrameSamplingRate.EveryFrame }));

        // Assert
        error.Message.ShouldContain("nope.mp4");
    }
}
