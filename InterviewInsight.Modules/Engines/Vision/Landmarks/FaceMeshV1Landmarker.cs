using OpenCvSharp;
using OpenCvSharp.Dnn;

namespace InterviewInsight.Modules.Engines.Vision.Landmarks;

/// <summary>
/// The registry-only landmark path: MediaPipe FaceMesh v1 (.tflite through OpenCV dnn; 468 points from a rotated 192x192
/// crop) plus the iris model run on each eye, giving the same 478 points in the same order as Face Landmarker v2.
/// </summary>
internal sealed class FaceMeshV1Landmarker : ILandmarker
{
    private const int CropSize = 192;
    private const string MeshOutput = "conv2d_21";
    private const string PresenceOutput = "conv2d_31";
    private static readonly string[] OutputNames = [MeshOutput, PresenceOutput];

    private readonly Net net;
    private readonly IrisLandmarker iris;
    private readonly Lock gate = new();
    private readonly double inputScale;
    private readonly double inputMean;

    public FaceMeshV1Landmarker(string meshModelPath, string irisModelPath, float meshInputMin = 0, float irisInputMin = 0)
    {
        net = CvDnn.ReadNet(meshModelPath);
        if (net.Empty())
        {
            throw new InvalidOperationException($"OpenCV dnn could not load FaceMesh v1 '{meshModelPath}'.");
        }

        // BlobFromImage computes (pixel - mean) * scale: [0,1] is mean 0, scale 1/255; [-1,1] is mean 127.5, scale 1/127.5.
        inputMean = meshInputMin < 0 ? 127.5 : 0;
        inputScale = meshInputMin < 0 ? 1 / 127.5 : 1 / 255.0;
        iris = new IrisLandmarker(irisModelPath, irisInputMin);
    }

    public FaceLandmarks Run(Mat bgrFrame, FaceRoi roi)
    {
        using var crop = roi.Crop(bgrFrame, CropSize);
        using var blob = CvDnn.BlobFromImage(crop, inputScale, new Size(CropSize, CropSize), new Scalar(inputMean, inputMean, inputMean), swapRB: true, crop: false);

        var (mesh, presenceLogit) = MeshNetwork.Forward(net, gate, blob, OutputNames);

        var points = new Point3f[MeshIndex.PointCountWithIrises];
        for (var i = 0; i < MeshIndex.MeshPointCount; i++)
        {
            points[i] = roi.ToImage(mesh[i * 3], mesh[(i * 3) + 1], mesh[(i * 3) + 2], CropSize);
        }

        // Face Landmarker v2's order: the image-left eye's iris (468-472), then the image-right eye's (473-477). The iris
        // model's eyelids replace the mesh's, whose lids barely follow a blink (eye aspect ratio 0.33 -> 0.27 where v2
        // reads 0.35 -> 0.12 on the shared GRID clip). The mesh keeps its eye corners, the scale every mesh-geometry
        // measure is normalised by (and what their fit was made on), and its depth.
        var imageLeft = iris.Run(bgrFrame, points[MeshIndex.ImageLeftEyeOuter], points[MeshIndex.ImageLeftEyeInner], mirror: false);
        var imageRight = iris.Run(bgrFrame, points[MeshIndex.ImageRightEyeInner], points[MeshIndex.ImageRightEyeOuter], mirror: true);
        imageLeft.Iris.CopyTo(points, MeshIndex.ImageLeftIrisCenter);
        imageRight.Iris.CopyTo(points, MeshIndex.ImageRightIrisCenter);
        ReplaceEyelids(points, MeshIndex.ImageLeftEyelids, imageLeft.Eyelids);
        ReplaceEyelids(points, MeshIndex.ImageRightEyelids, imageRight.Eyelids);
        return new FaceLandmarks(points, 1f / (1f + MathF.Exp(-presenceLogit)), roi);
    }

    public void Dispose()
    {
        net.Dispose();
        iris.Dispose();
    }

    /// <summary>The refined eyelid points in place of the mesh's, corners excepted.</summary>
    private static void ReplaceEyelids(Point3f[] points, int[] indices, Point3f[] refined)
    {
        for (var i = 0; i < indices.Length; i++)
        {
            if (MeshIndex.IsEyeCorner(indices[i]))
            {
                continue;
            }

            points[indices[i]] = new Point3f(refined[i].X, refined[i].Y, points[indices[i]].Z);
        }
    }
}
