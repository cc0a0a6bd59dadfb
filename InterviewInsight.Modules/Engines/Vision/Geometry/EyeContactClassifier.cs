namespace InterviewInsight.Modules.Engines.Vision.Geometry;

/// <summary>
/// Eye contact per frame: head pose plus eye-in-head rotation, both relative to the personal baseline, inside a cone.
/// Eye-in-head rotation averages two signals: the iris ratio (the iris centre moves about 12 mm x sin(angle) across a
/// ~28 mm eye opening, so 0.1 of ratio is about 13 degrees) and the eyeLook blendshapes (1.0 is about a 35 degree
/// deflection). Webcam gaze is noisy (4-10 degrees), so the cone is generous and results carry a confidence.
/// </summary>
internal sealed class EyeContactClassifier(GazeBaseline baseline, double yawToleranceDegrees = 15, double pitchToleranceDegrees = 18)
{
    private const double IrisHorizontalDegreesPerRatio = 130;
    private const double IrisVerticalDegreesPerRatio = 60;
    private const double LookDegreesPerUnit = 35;

    public GazeBaseline Baseline => baseline;

    public GazeDirection Direction(GazeSample sample)
    {
        var reference = baseline.AtCamera;
        var irisYaw = -(sample.Iris.Horizontal - reference.Iris.Horizontal) * IrisHorizontalDegreesPerRatio;
        var lookYaw = (sample.Look.Horizontal - reference.Look.Horizontal) * LookDegreesPerUnit;
        var irisPitch = (sample.Iris.Vertical - reference.Iris.Vertical) * IrisVerticalDegreesPerRatio;
        var lookPitch = (sample.Look.Vertical - reference.Look.Vertical) * LookDegreesPerUnit;
        return new GazeDirection(
            sample.Pose.YawDegrees - reference.Pose.YawDegrees + ((irisYaw + lookYaw) / 2),
            sample.Pose.PitchDegrees - reference.Pose.PitchDegrees + ((irisPitch + lookPitch) / 2));
    }

    public bool IsEyeContact(GazeSample sample)
    {
        var direction = Direction(sample);
        var yaw = direction.YawDegrees / yawToleranceDegrees;
        var pitch = direction.PitchDegrees / pitchToleranceDegrees;
        return (yaw * yaw) + (pitch * pitch) <= 1;
    }
}
