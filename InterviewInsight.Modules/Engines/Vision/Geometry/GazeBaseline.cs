namespace InterviewInsight.Modules.Engines.Vision.Geometry;

/// <summary>
/// The head pose and eye signals this person shows when looking at the camera. From a calibration span it is the median
/// of that span. Without one it is the median of the whole recording pulled into a plausible window around a frontal
/// camera gaze (people mostly look at the camera, but a recording spent looking away must not redefine "at the camera"),
/// and it carries a lower confidence.
/// </summary>
internal sealed record GazeBaseline(GazeSample AtCamera, double Confidence, bool Calibrated)
{
    /// <summary>Population prior measured on frontal at-camera faces (irises near the middle, eyes slightly "down").</summary>
    public static GazeBaseline Prior { get; } =
        new(new GazeSample(new HeadPose(0, 0, 0), new GazeRatios(0.49, 0.47), new EyeLook(0, 0.15)), 0.3, false);

    // How far a personal baseline may sit from the prior: camera above or beside the screen, model bias.
    private static readonly GazeSample MaxShift =
        new(new HeadPose(12, 15, 180), new GazeRatios(0.06, 0.12), new EyeLook(0.15, 0.15));

    public static GazeBaseline FromCalibration(IReadOnlyCollection<GazeSample> samples) =>
        samples.Count == 0 ? Prior : new GazeBaseline(Medians(samples), 0.9, true);

    public static GazeBaseline FromWholeRecording(IReadOnlyCollection<GazeSample> samples) =>
        samples.Count == 0 ? Prior : new GazeBaseline(ClampToPrior(Medians(samples)), 0.6, false);

    private static GazeSample Medians(IReadOnlyCollection<GazeSample> samples) => new(
        new HeadPose(
            Median(samples.Select(s => s.Pose.YawDegrees)),
            Median(samples.Select(s => s.Pose.PitchDegrees)),
            Median(samples.Select(s => s.Pose.RollDegrees))),
        new GazeRatios(Median(samples.Select(s => s.Iris.Horizontal)), Median(samples.Select(s => s.Iris.Vertical))),
        new EyeLook(Median(samples.Select(s => s.Look.Horizontal)), Median(samples.Select(s => s.Look.Vertical))));

    private static GazeSample ClampToPrior(GazeSample median)
    {
        var prior = Prior.AtCamera;
        return new GazeSample(
            new HeadPose(
                Clamp(median.Pose.YawDegrees, prior.Pose.YawDegrees, MaxShift.Pose.YawDegrees),
                Clamp(median.Pose.PitchDegrees, prior.Pose.PitchDegrees, MaxShift.Pose.PitchDegrees),
                median.Pose.RollDegrees),
            new GazeRatios(
                Clamp(median.Iris.Horizontal, prior.Iris.Horizontal, MaxShift.Iris.Horizontal),
                Clamp(median.Iris.Vertical, prior.Iris.Vertical, MaxShift.Iris.Vertical)),
            new EyeLook(
                Clamp(median.Look.Horizontal, prior.Look.Horizontal, MaxShift.Look.Horizontal),
                Clamp(median.Look.Vertical, prior.Look.Vertical, MaxShift.Look.Vertical)));
    }

    private static double Clamp(double value, double center, double maxShift) => Math.Clamp(value, center - maxShift, center + maxShift);

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
