namespace InterviewInsight.Modules.Analysis.Vision.Geometry;

/// <summary>
/// The head pose and iris ratios this person shows when looking at the camera. From a calibration span it is the median
/// of that span; without one it is the median of the whole recording pulled into a plausible window around a frontal
/// camera gaze (people mostly look at the camera, but a recording spent looking away must not redefine "at the camera"),
/// and it carries a lower confidence.
/// </summary>
internal sealed record GazeBaseline(double YawDegrees, double PitchDegrees, double Horizontal, double Vertical, double Confidence)
{
    /// <summary>Population prior measured on frontal at-camera faces (irises slightly nasal, v2 mesh bias included).</summary>
    public static GazeBaseline Prior { get; } = new(0, 0, 0.5, 0.5, 0.3);

    // How far a personal baseline may sit from the prior: camera above or beside the screen, model bias.
    private const double MaxYawShift = 12;
    private const double MaxPitchShift = 15;
    private const double MaxHorizontalShift = 0.08;
    private const double MaxVerticalShift = 0.15;

    public static GazeBaseline FromCalibration(IReadOnlyCollection<(HeadPose Pose, GazeRatios Gaze)> samples) =>
        samples.Count == 0 ? Prior : FromMedians(samples, confidence: 0.9, clampToPrior: false);

    public static GazeBaseline FromWholeRecording(IReadOnlyCollection<(HeadPose Pose, GazeRatios Gaze)> samples) =>
        samples.Count == 0 ? Prior : FromMedians(samples, confidence: 0.6, clampToPrior: true);

    private static GazeBaseline FromMedians(IReadOnlyCollection<(HeadPose Pose, GazeRatios Gaze)> samples, double confidence, bool clampToPrior)
    {
        var yaw = Median(samples.Select(s => s.Pose.YawDegrees));
        var pitch = Median(samples.Select(s => s.Pose.PitchDegrees));
        var horizontal = Median(samples.Select(s => s.Gaze.Horizontal));
        var vertical = Median(samples.Select(s => s.Gaze.Vertical));
        if (!clampToPrior)
        {
            return new GazeBaseline(yaw, pitch, horizontal, vertical, confidence);
        }

        return new GazeBaseline(
            Clamp(yaw, Prior.YawDegrees, MaxYawShift),
            Clamp(pitch, Prior.PitchDegrees, MaxPitchShift),
            Clamp(horizontal, Prior.Horizontal, MaxHorizontalShift),
            Clamp(vertical, Prior.Vertical, MaxVerticalShift),
            confidence);
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
