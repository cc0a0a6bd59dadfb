using InterviewInsight.Modules.Engines.Vision.Landmarks;
using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Geometry;

/// <summary>
/// Head pose from six mesh points against a generic face model (camera axes: x right, y down, z away; mm), solved with
/// SQPNP. The default iterative solver sometimes flips to a mirrored solution (pitch 42 / roll 174 was seen) and is 30x slower.
/// </summary>
internal static class HeadPoseEstimator
{
    public static readonly int[] ModelLandmarks =
    [
        MeshIndex.NoseTip, MeshIndex.Chin, MeshIndex.ImageLeftEyeOuter, MeshIndex.ImageRightEyeOuter,
        MeshIndex.MouthImageLeft, MeshIndex.MouthImageRight,
    ];

    public static readonly Point3f[] ModelPoints =
    [
        new(0, 0, 0),
        new(0, 330, 65),
        new(-225, -170, 135),
        new(225, -170, 135),
        new(-150, 150, 125),
        new(150, 150, 125),
    ];

    public static HeadPose Estimate(FaceLandmarks landmarks, Size imageSize) =>
        Estimate(ModelLandmarks.Select(i => landmarks[i]).ToArray(), imageSize);

    /// <summary>Pose from the six image points, in the order of <see cref="ModelLandmarks"/>.</summary>
    public static HeadPose Estimate(IReadOnlyList<Point2f> imagePoints, Size imageSize)
    {
        double focal = imageSize.Width;
        var camera = new double[,] { { focal, 0, imageSize.Width / 2.0 }, { 0, focal, imageSize.Height / 2.0 }, { 0, 0, 1 } };
        var rotationVector = new double[3];
        var translationVector = new double[3];
        Cv2.SolvePnP(ModelPoints, imagePoints, camera, Array.Empty<double>(), ref rotationVector, ref translationVector, false, SolvePnPMethod.SQPNP);
        Cv2.Rodrigues(rotationVector, out double[,] r, out double[,] _);
        return FromRotationMatrix(r);
    }

    public static HeadPose FromRotationMatrix(double[,] r) => new(
        RadiansToDegrees(Math.Asin(Math.Clamp(-r[2, 0], -1, 1))),
        RadiansToDegrees(Math.Atan2(r[2, 1], r[2, 2])),
        RadiansToDegrees(Math.Atan2(r[1, 0], r[0, 0])));

    private static double RadiansToDegrees(double radians) => radians * 180 / Math.PI;
}
