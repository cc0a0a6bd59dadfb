using InterviewInsight.Modules.Engines.Vision.Geometry;

namespace InterviewInsight.Tests.Engines.Vision.Geometry;

public sealed class EyeContactClassifierTests
{
    private static readonly GazeSample AtCamera = new(new HeadPose(8, -4, 0), new GazeRatios(0.47, 0.5), new EyeLook(0.05, 0.15));

    [Fact]
    public void Given_a_calibrated_baseline_When_the_frame_matches_it_Then_it_is_eye_contact()
    {
        // Arrange
        var classifier = new EyeContactClassifier(GazeBaseline.FromCalibration([AtCamera, AtCamera]));

        // Act
        var contact = classifier.IsEyeContact(AtCamera);

        // Assert
        contact.ShouldBeTrue();
        classifier.Direction(AtCamera).AngleDegrees.ShouldBe(0, 1e-9);
    }

    [Fact]
    public void Given_head_turned_30_degrees_with_eyes_following_When_classifying_Then_it_is_not_eye_contact()
    {
        // Arrange
        var classifier = new EyeContactClassifier(GazeBaseline.FromCalibration([AtCamera]));
        var away = AtCamera with { Pose = new HeadPose(38, -4, 0), Iris = new GazeRatios(0.37, 0.5), Look = new EyeLook(0.4, 0.15) };

        // Act
        var contact = classifier.IsEyeContact(away);

        // Assert
        contact.ShouldBeFalse();
        classifier.Direction(away).YawDegrees.ShouldBeGreaterThan(30);
    }

    [Fact]
    public void Given_head_turned_but_eyes_counter_rotated_to_the_lens_When_classifying_Then_it_is_still_eye_contact()
    {
        // Arrange: head 15 deg toward image-left, eyes 0.1 ratio and 0.3 look toward image-right.
        var classifier = new EyeContactClassifier(GazeBaseline.FromCalibration([AtCamera]));
        var compensated = AtCamera with { Pose = new HeadPose(23, -4, 0), Iris = new GazeRatios(0.57, 0.5), Look = new EyeLook(-0.25, 0.15) };

        // Act
        var contact = classifier.IsEyeContact(compensated);

        // Assert
        contact.ShouldBeTrue();
    }

    [Fact]
    public void Given_a_recording_spent_looking_away_When_estimating_the_baseline_without_calibration_Then_it_stays_near_frontal()
    {
        // Arrange
        var away = Enumerable.Repeat(new GazeSample(new HeadPose(40, 20, 0), new GazeRatios(0.2, 0.2), new EyeLook(0.8, -0.6)), 20).ToList();

        // Act
        var baseline = GazeBaseline.FromWholeRecording(away);
        var classifier = new EyeContactClassifier(baseline);

        // Assert
        baseline.AtCamera.Pose.YawDegrees.ShouldBeLessThanOrEqualTo(12);
        baseline.Confidence.ShouldBeLessThan(GazeBaseline.FromCalibration(away).Confidence);
        classifier.IsEyeContact(away[0]).ShouldBeFalse();
    }
}
