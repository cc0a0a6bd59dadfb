using InterviewInsight.Modules.Engines.Speech.Vad;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Engines.Vision.Aggregation;
using InterviewInsight.Modules.Engines.Vision.Expressions;
using InterviewInsight.Modules.Engines.Vision.Geometry;
using InterviewInsight.Modules.Engines.Vision.Quality;
using OpenCvSharp;

namespace InterviewInsight.Tests.Engines.Vision.Aggregation;

public sealed class VisionAggregatorTests
{
    private static readonly GazeSample AtCamera = new(new HeadPose(0, 0, 0), new GazeRatios(0.49, 0.47), new EyeLook(0, 0.15));
    private static readonly GazeSample Away = new(new HeadPose(40, 0, 0), new GazeRatios(0.3, 0.47), new EyeLook(0.5, 0.15));

    [Fact]
    public void Given_10_s_with_a_4_s_look_away_and_a_2_s_gap_without_face_When_aggregating_Then_ratios_and_look_aways_follow()
    {
        // Arrange: 5 fps; 0-4 s at camera, 4-8 s away, 8-10 s no face.
        var frames = Enumerable.Range(0, 50).Select(i => Frame(i * 0.2, i < 20 ? AtCamera : i < 40 ? Away : null)).ToList();
        SpeechSegment[] speech = [new(5, 6.5)];

        // Act
        var result = VisionAggregator.Aggregate(frames, 0, 10, GazeBaseline.Prior, speech, 5);

        // Assert
        result.FacePresentRatio.ShouldBe(0.8, 1e-9);
        result.EyeContactRatio!.Value.ShouldBe(0.5, 1e-9);
        result.LongestLookAwaySeconds!.Value.ShouldBe(6, 1e-9);
        result.LongestLookAwayWhileSpeakingSeconds!.Value.ShouldBe(1.5, 1e-9);
        result.GazeAversionCount.ShouldBe(1);
        result.Frames.ShouldBe(new FrameCounts(50, 40, 40));
        result.Timeline.Series["eyeContact"][1].ShouldBe(1);
        result.Timeline.Series["eyeContact"][5].ShouldBe(0);
        result.Timeline.Series["facePresent"][9].ShouldBe(0);
        result.Quality.ShouldContain(q => q.Code == "blink-rate-undersampled");
    }

    [Fact]
    public void Given_a_span_When_aggregating_only_that_span_Then_frames_outside_it_are_ignored()
    {
        // Arrange
        var frames = Enumerable.Range(0, 50).Select(i => Frame(i * 0.2, i < 20 ? AtCamera : Away)).ToList();

        // Act
        var answer = VisionAggregator.Aggregate(frames, 4, 8, GazeBaseline.Prior, null, 5);

        // Assert
        answer.Frames.Sampled.ShouldBe(20);
        answer.EyeContactRatio.ShouldBe(0);
        answer.LongestLookAwayWhileSpeakingSeconds.ShouldBeNull();
        answer.Timeline.Series["yaw"].Count.ShouldBe(4);
    }

    [Fact]
    public void Given_frames_without_expression_data_When_aggregating_Then_every_expression_output_is_null()
    {
        // Arrange: what the analyzer produces when expressions are switched off.
        var frames = Enumerable.Range(0, 20).Select(i => Frame(i * 0.2, AtCamera)).ToList();

        // Act
        var result = VisionAggregator.Aggregate(frames, 0, 4, GazeBaseline.Prior, null, 5);

        // Assert
        result.Expressions.ShouldBeNull();
        result.ObservedBehaviours.ShouldBeNull();
        result.SmileRatio.ShouldBeNull();
        result.Timeline.Series.Keys.ShouldNotContain("smile");
    }

    [Fact]
    public void Given_smiles_in_a_quarter_of_frames_When_aggregating_Then_smile_ratio_and_behaviours_use_visible_words()
    {
        // Arrange
        var frames = Enumerable.Range(0, 20).Select(i => Frame(i * 0.2, AtCamera) with
        {
            Smile = i % 4 == 0 ? 0.9 : 0.1,
            ObservableExpression = i % 4 == 0 ? ObservableExpression.Smiling : ObservableExpression.NeutralFace,
            Expression = new ExpressionScores(ExpressionScores.ModelLabels.ToDictionary(l => l, l => l == "neutral" ? 1f : 0f)),
        }).ToList();

        // Act
        var result = VisionAggregator.Aggregate(frames, 0, 4, GazeBaseline.Prior, null, 5);

        // Assert
        result.SmileRatio.ShouldBe(0.25);
        result.ObservedBehaviours![ObservableExpression.Smiling].ShouldBe(0.25);
        result.ObservedBehaviours.Keys.ShouldBe(ObservableExpression.All, ignoreOrder: true);
        result.Expressions!["neutral"].ShouldBe(1);
    }

    [Fact]
    public void Given_no_face_at_all_When_aggregating_Then_a_no_face_flag_and_zero_confidence_instead_of_a_low_score()
    {
        // Arrange
        var frames = Enumerable.Range(0, 20).Select(i => Frame(i * 0.2, null)).ToList();

        // Act
        var result = VisionAggregator.Aggregate(frames, 0, 4, GazeBaseline.Prior, null, 5);

        // Assert
        result.EyeContactRatio.ShouldBeNull();
        result.LongestLookAwaySeconds.ShouldBeNull();
        result.Confidence.ShouldBe(0);
        result.Quality.ShouldContain(q => q.Code == "no-face" && q.Modality == "video");
    }

    private static FrameObservation Frame(double time, GazeSample? gaze) => new()
    {
        TimeSeconds = time,
        FrameSize = new Size(640, 480),
        Quality = new FrameQuality(120, 200),
        FacePresent = gaze is not null,
        FaceCount = gaze is null ? 0 : 1,
        FaceBox = gaze is null ? null : new Rect2f(220, 140, 200, 240),
        Gaze = gaze,
        EyeAspectRatio = gaze is null ? null : 0.3,
    };
}
