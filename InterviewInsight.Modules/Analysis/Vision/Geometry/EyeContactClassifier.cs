namespace InterviewInsight.Modules.Analysis.Vision.Geometry;

/// <summary>
/// Eye contact per frame: head pose plus eye-in-head rotation, both relative to the personal baseline, inside a cone.
/// Webcam gaze is noisy (4-10 degrees), so the cone is generous and the result is reported with a confidence.
/// </summary>
internal sealed class EyeContactClassifier(GazeBaseline baseline, double yawToleranceDegrees = 15, double pitchToleranceDegrees = 15)
{
    // Eye-in-head rotation per unit of iris ratio: the iris centre moves about 12 mm x sin(angle) across a ~28 mm eye
    // opening, so a ratio change of 0.1 is about 13 degrees. The lid gap is narrower but lids follow the gaze, so less.
    private const double HorizontalDegreesPerRatio = 130;
    private const double VerticalDegreesPerRatio = 60;

    public GazeBaseline Baseline => baseline;

    public GazeDirection Direction(HeadPose pose, GazeRatios gaze) => new(
        pose.YawDegrees - baseline.YawDegrees - ((gaze.Horizontal - baseline.Horizontal) * HorizontalDegreesPerRatio),
        pose.PitchDegrees - baseline.PitchDegrees + ((gaze.Vertical - baseline.Vertical) * VerticalDegreesPerRatio));

    public bool IsEyeContact(HeadPose pose, GazeRatios gaze)
    {
        var direction = Direction(pose, gaze);
        var yaw = direction.YawDegrees / yawToleranceDegrees;
        var pitch = direction.PitchDegrees / pitchToleranceDegrees;
        return (yaw * yaw) + (pitch * pitch) <= 1;
    }
}
