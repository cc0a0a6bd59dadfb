using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Landmarks;

/// <summary>
/// MediaPipe's iris landmark model (ONNX rebuild of the tfjs copy): a 64x64 RGB crop of one eye, NCHW, values in
/// [<see cref="InputMin"/>, 1]. It was trained on the image-left eye, so the other eye's crop is mirrored and the x of
/// its outputs mirrored back, as MediaPipe does. Output: five iris points (centre first) in crop pixels.
/// </summary>
internal sealed class IrisLandmarker : IDisposable
{
    public const int CropSize = 64;
    public const int IrisPointCount = 5;

    /// <summary>MediaPipe crops a square 2.3x the corner-to-corner distance around the eye.</summary>
    private const float ScaleAroundEye = 2.3f;
    private const string IrisOutput = "output_iris";

    private readonly InferenceSession session;

    public IrisLandmarker(string modelPath, float inputMin = 0)
    {
        session = OnnxSessionFactory.Create(modelPath);
        InputMin = inputMin;
    }

    public float InputMin { get; }

    /// <summary>
    /// The iris points of the eye between <paramref name="imageLeftCorner"/> and <paramref name="imageRightCorner"/>, in
    /// image pixels; <paramref name="mirror"/> for the eye on the image-right side (mesh points 362/263).
    /// </summary>
    public Point3f[] Run(Mat bgrFrame, Point3f imageLeftCorner, Point3f imageRightCorner, bool mirror)
    {
        var roi = EyeRoi(imageLeftCorner, imageRightCorner);
        using var crop = roi.Crop(bgrFrame, CropSize);
        if (mirror)
        {
            Cv2.Flip(crop, crop, FlipMode.Y);
        }

        using var rgb = crop.CvtColor(ColorConversionCodes.BGR2RGB);
        rgb.GetArray(out Vec3b[] pixels);
        var tensor = new DenseTensor<float>([1, 3, CropSize, CropSize]);
        var plane = CropSize * CropSize;
        var buffer = tensor.Buffer.Span;
        var scale = (1 - InputMin) / 255f;
        for (var i = 0; i < pixels.Length; i++)
        {
            buffer[i] = (pixels[i].Item0 * scale) + InputMin;
            buffer[plane + i] = (pixels[i].Item1 * scale) + InputMin;
            buffer[(2 * plane) + i] = (pixels[i].Item2 * scale) + InputMin;
        }

        using var results = session.Run([NamedOnnxValue.CreateFromTensor(session.InputMetadata.Keys.Single(), tensor)], [IrisOutput]);
        var iris = results.Single().AsTensor<float>().ToArray();
        var points = new Point3f[IrisPointCount];
        for (var i = 0; i < IrisPointCount; i++)
        {
            // Mirroring also swaps the ring's outer and inner points (1 and 3); swap back to Face Landmarker v2's order.
            var source = mirror && i % 2 == 1 ? 4 - i : i;
            var x = mirror ? CropSize - iris[source * 3] : iris[source * 3];
            points[i] = roi.ToImage(x, iris[(source * 3) + 1], iris[(source * 3) + 2], CropSize);
        }

        return points;
    }

    public void Dispose() => session.Dispose();

    /// <summary>The square around the eye, turned so its corners are level (MediaPipe's eye ROI).</summary>
    private static FaceRoi EyeRoi(Point3f imageLeftCorner, Point3f imageRightCorner)
    {
        var (dx, dy) = (imageRightCorner.X - imageLeftCorner.X, imageRightCorner.Y - imageLeftCorner.Y);
        return new FaceRoi(
            (imageLeftCorner.X + imageRightCorner.X) / 2, (imageLeftCorner.Y + imageRightCorner.Y) / 2,
            ScaleAroundEye * MathF.Sqrt((dx * dx) + (dy * dy)), MathF.Atan2(dy, dx));
    }
}
