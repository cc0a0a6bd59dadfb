using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Detection;

/// <summary>
/// YuNet through OpenCV's FaceDetectorYN. OpenCvSharp has no setInputSize, so the detector is re-created whenever the
/// working size changes. Frames are scaled so the long side is 320 px: large frames are faster, and small face crops
/// (160 px) are upscaled because YuNet's smallest anchors are tuned for that input size.
/// </summary>
internal sealed class YuNetDetector(string modelPath, float scoreThreshold = 0.6f) : IFaceDetector, IDisposable
{
    private const int WorkingLongSide = 320;
    private readonly Lock gate = new();
    private FaceDetectorYN? detector;
    private Size detectorSize;

    public string Name => "yunet";

    public IReadOnlyList<FaceDetection> Detect(Mat bgrFrame)
    {
        var scale = (float)WorkingLongSide / Math.Max(bgrFrame.Width, bgrFrame.Height);
        var size = new Size((int)Math.Round(bgrFrame.Width * scale), (int)Math.Round(bgrFrame.Height * scale));
        using var resized = bgrFrame.Resize(size, 0, 0, scale < 1 ? InterpolationFlags.Area : InterpolationFlags.Linear);
        using var faces = new Mat();

        lock (gate)
        {
            DetectorFor(size).Detect(resized, faces);
        }

        var found = new List<FaceDetection>();
        var rows = faces.Rows;
        for (var row = 0; row < rows; row++)
        {
            float At(int col) => faces.At<float>(row, col) / scale;
            found.Add(new FaceDetection(
                new Rect2f(At(0), At(1), At(2), At(3)),
                new Point2f(At(4), At(5)),
                new Point2f(At(6), At(7)),
                faces.At<float>(row, 14)));
        }

        // FaceDetectorYN already applied NMS at 0.3; this only orders by score.
        return [.. found.OrderByDescending(f => f.Score)];
    }

    public void Dispose()
    {
        lock (gate)
        {
            this.detector?.Dispose();
            detector = null;
        }
    }

    private FaceDetectorYN DetectorFor(Size size)
    {
        if (this.detector is null || detectorSize != size)
        {
            this.detector?.Dispose();
            detector = FaceDetectorYN.Create(modelPath, string.Empty, size, scoreThreshold, 0.3f, 5000);
            detectorSize = size;
        }

        return detector;
    }
}
