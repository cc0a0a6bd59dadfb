using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Landmarks;

/// <summary>
/// MediaPipe's iris landmark model (ONNX rebuild of the tfjs copy): a 64x64 RGB crop of one eye, NCHW, values in
/// [<see cref="InputMin"/>, 1]. It was trained on the image-left eye, so the other eye's crop is mirrored and the x of
/// its outputs mirrored back, as MediaPipe does. Outputs: five iris points (centre first) and 71 eye-contour and brow points
/// (the first 16 are the eyelids, <see cref="MeshIndex.ImageLeftEyelids"/> order), in crop pixels.
/// </summary>
internal sealed class IrisLandmarker : IDisposable
{
    public const int CropSize = 64;
    public const int IrisPointCount = 5;

    /// <summary>MediaPipe crops a square 2.3x the corner-to-corner distance around the eye.</summary>
    private const float ScaleAroundEye = 2.3f;
    private const string IrisOutput = "output_iris";
    private const string ContourOutput = "output_eyes_contours_and_brows";
    private static readonly string[] OutputNames = [IrisOutput, ContourOutput];

    private readonly InferenceSession session;

    public IrisLandmarker(string modelPath, float inputMin = 0)
    {
        session = OnnxSessionFactory.Create(modelPath);
        InputMin = inputMin;
    }

    public float InputMin { get; }

    /// <summary>
    /// The iris and eyelid points of the eye between <paramref name="imageLeftCorner"/> and <paramref name="imageRightCorner"/>,
    /// in image pixels; <paramref name="mirror"/> for the eye on the image-right side (mesh points 362/263).
    /// </summary>
    public EyeLandmarks Run(Mat bgrFrame, Point3f imageLeftCorner, Point3f imageRightCorner, bool mirror)
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

        using var results = session.Run([NamedOnnxValue.CreateFromTensor(session.InputMetadata.Keys.Single(), tensor)], OutputNames);
        var iris = results.First(r => r.Name == IrisOutput).AsTensor<float>().ToArray();
        var contour = results.First(r => r.Name == ContourOutput).AsTensor<float>().ToArray();
        Point3f ToImage(float[] xyz, int index)
        {
            var x = mirror ? CropSize - xyz[index * 3] : xyz[index * 3];
            return roi.ToImage(x, xyz[(index * 3) + 1], xyz[(index * 3) + 2], CropSize);
        }

        // Mirroring also swaps the ring's outer and inner points (1 and 3); swap back to Face Landmarker v2's order. The
        // eyelid list of the image-right eye is itself the mirror image of the other's, so its points keep their order.
        var irisPoints = Enumerable.Range(0, IrisPointCount).Select(i => ToImage(iris, mirror && i % 2 == 1 ? 4 - i : i)).ToArray();
        var eyelids = Enumerable.Range(0, MeshIndex.ImageLeftEyelids.Length).Select(i => ToImage(contour, i)).ToArray();
        return new EyeLandmarks(irisPoints, eyelids);
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

/// <summary>One eye's five iris points (centre first) and its 16 eyelid points, in image pixels.</summary>
internal sealed record EyeLandmarks(Point3f[] Iris, Point3f[] Eyelids);
