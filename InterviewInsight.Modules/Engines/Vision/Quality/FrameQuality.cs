using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Quality;

/// <summary>
/// Per-frame image measurements: mean luma (0..255) and sharpness as the variance of the Laplacian. Both are taken on the
/// face region when there is one (a bright window behind a dark face should still read dark), scaled to a fixed height so
/// sharpness does not depend on face size.
/// </summary>
internal readonly record struct FrameQuality(double MeanLuma, double Sharpness)
{
    private const int NormalisedHeight = 128;

    public static FrameQuality Measure(Mat bgrFrame, Rect2f? faceBox)
    {
        using var gray = bgrFrame.CvtColor(ColorConversionCodes.BGR2GRAY);
        var region = faceBox is { } box ? ClampToFrame(box, gray.Size()) : new Rect(0, 0, gray.Width, gray.Height);
        if (region.Width < 4 || region.Height < 4)
        {
            region = new Rect(0, 0, gray.Width, gray.Height);
        }

        using var roi = new Mat(gray, region);
        var scale = (double)NormalisedHeight / region.Height;
        using var normalised = roi.Resize(new Size(Math.Max(4, (int)Math.Round(region.Width * scale)), NormalisedHeight), 0, 0, InterpolationFlags.Area);
        using var laplacian = new Mat();
        Cv2.Laplacian(normalised, laplacian, MatType.CV_64F);
        Cv2.MeanStdDev(laplacian, out _, out var deviation);
        return new FrameQuality(Cv2.Mean(roi).Val0, deviation.Val0 * deviation.Val0);
    }

    private static Rect ClampToFrame(Rect2f box, Size size)
    {
        var left = Math.Clamp((int)box.X, 0, size.Width - 1);
        var top = Math.Clamp((int)box.Y, 0, size.Height - 1);
        var right = Math.Clamp((int)(box.X + box.Width), left + 1, size.Width);
        var bottom = Math.Clamp((int)(box.Y + box.Height), top + 1, size.Height);
        return new Rect(left, top, right - left, bottom - top);
    }
}
