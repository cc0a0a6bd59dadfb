using OpenCvSharp;
using OpenCvSharp.Dnn;

namespace InterviewInsight.Modules.Engines.Vision.Landmarks;

/// <summary>
/// MediaPipe Face Landmarker v2 (.tflite) through OpenCV dnn's TFLite importer: rotated 256x256 crop, RGB in [0,1],
/// outputs fetched by name. An OpenCV Net is not thread-safe, hence the lock.
/// </summary>
internal sealed class FaceLandmarker : ILandmarker
{
    private const int CropSize = 256;
    private static readonly string[] OutputNames = ["Identity", "Identity_1"];

    private readonly Net net;
    private readonly Lock gate = new();

    public FaceLandmarker(string modelPath)
    {
        net = CvDnn.ReadNet(modelPath);
        if (net.Empty())
        {
            throw new InvalidOperationException($"OpenCV dnn could not load the face landmarker '{modelPath}'.");
        }
    }

    public FaceLandmarks Run(Mat bgrFrame, FaceRoi roi)
    {
        using var crop = roi.Crop(bgrFrame, CropSize);
        using var blob = CvDnn.BlobFromImage(crop, 1.0 / 255, new Size(CropSize, CropSize), swapRB: true, crop: false);

        var (mesh, presenceLogit) = MeshNetwork.Forward(net, gate, blob, OutputNames);

        var points = new Point3f[MeshIndex.PointCountWithIrises];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = roi.ToImage(mesh[i * 3], mesh[(i * 3) + 1], mesh[(i * 3) + 2], CropSize);
        }

        return new FaceLandmarks(points, 1f / (1f + MathF.Exp(-presenceLogit)), roi);
    }

    public void Dispose() => net.Dispose();
}
