using InterviewInsight.Modules.Engines.Quality;

namespace InterviewInsight.Modules.Engines.Vision.Quality;

/// <summary>
/// Says when the video cannot support confident numbers (no face, face too small, too dark, motion blur, several people)
/// and how much to lower the confidence. It never turns bad input into a low score: callers keep the measured values and
/// report the flags next to them.
/// </summary>
internal static class VisionQualityGate
{
    /// <summary>Mean luma (0..255) of the face region below which features get unreliable.</summary>
    public const double DarkLuma = 50;

    /// <summary>Variance of the Laplacian on the face scaled to 128 px height; sharp webcam faces read in the hundreds.</summary>
    public const double BlurrySharpness = 12;

    public const double SmallFacePixels = 48;
    public const double SmallFaceRatio = 0.1;
    public const double SeveralFacesShare = 0.2;
    public const double FaceMissingShare = 0.5;

    /// <summary>Confidence multiplier per flag: each problem takes away 40%.</summary>
    public const double PenaltyPerFlag = 0.6;

    public static IReadOnlyList<QualityFlag> Evaluate(VisionQualityInputs q)
    {
        var flags = new List<QualityFlag>();
        if (q.FramesSampled == 0)
        {
            flags.Add(QualityFlag.Video("no-frames", "No video frames could be read for this span."));
            return flags;
        }

        if (q.FramesWithFace == 0)
        {
            flags.Add(QualityFlag.Video("no-face", "No face was found in the video, so eye contact, head movement and expressions could not be measured."));
        }
        else if (q.FramesWithFace < FaceMissingShare * q.FramesSampled)
        {
            flags.Add(QualityFlag.Video("face-often-missing", $"A face was visible in only {Percent(q.FramesWithFace, q.FramesSampled)} of the frames."));
        }

        if (q.FramesWithFace > 0 && q.FramesMeasurable < FaceMissingShare * q.FramesWithFace)
        {
            flags.Add(QualityFlag.Video("face-not-measurable", $"The face was turned too far from the camera or too unclear to measure in {Percent(q.FramesWithFace - q.FramesMeasurable, q.FramesWithFace)} of the frames with a face."));
        }

        if (q.MedianFaceHeightPixels < SmallFacePixels || q.MedianFaceHeightRatio < SmallFaceRatio)
        {
            flags.Add(QualityFlag.Video("face-too-small", $"The face is small in the picture (about {q.MedianFaceHeightPixels:F0} px high); sit closer to the camera."));
        }

        if (q.MedianLuma < DarkLuma)
        {
            flags.Add(QualityFlag.Video("too-dark", $"The picture is dark (mean brightness {q.MedianLuma:F0} of 255); add light in front of you."));
        }

        // Sharpness is judged on faces only: a plain backdrop without a face has no edges and would read as blur.
        if (q.MedianFaceSharpness < BlurrySharpness)
        {
            flags.Add(QualityFlag.Video("blurry", "The picture is blurred (motion or focus), which makes eye and face measurements unreliable."));
        }

        if (q.FramesWithSeveralFaces >= SeveralFacesShare * Math.Max(1, q.FramesWithFace))
        {
            flags.Add(QualityFlag.Video("several-faces", "More than one face was in view; the analysis followed the largest, most central one."));
        }

        if (q.FramesMeasurable > 0 && q.SampledFramesPerSecond < 10)
        {
            flags.Add(QualityFlag.Video("blink-rate-undersampled", $"Blinks were counted at {q.SampledFramesPerSecond:F0} frames per second, so short blinks can be missed; treat the blink rate as a lower bound."));
        }

        return flags;
    }

    /// <summary>Confidence multiplier for a set of flags (informational flags such as the blink note do not count).</summary>
    public static double ConfidenceFactor(IEnumerable<QualityFlag> flags) =>
        flags.Any(f => f.Code is "no-face" or "no-frames")
            ? 0
            : Math.Pow(PenaltyPerFlag, flags.Count(f => f.Code != "blink-rate-undersampled"));

    private static string Percent(int part, int whole) => $"{100.0 * part / Math.Max(1, whole):F0}%";
}
