using InterviewInsight.Modules.Engines.Vision.Landmarks;
using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Geometry;

/// <summary>
/// Eye aspect ratio (Soukupova and Cech 2016): lid gaps over eye width, about 0.25-0.35 open and under ~0.15 closed.
/// It is scale and roll invariant, so a blink is a dip against the person's own open-eye level.
/// </summary>
internal static class EyeAspectRatio
{
    public static double Compute(FaceLandmarks landmarks) =>
        (Compute(MeshIndex.ImageLeftEyeContour.Select(i => landmarks[i]).ToArray())
         + Compute(MeshIndex.ImageRightEyeContour.Select(i => landmarks[i]).ToArray())) / 2;

    /// <summary>Six contour points: corner, upper lid x2, other corner, lower lid x2 (lower lid in reverse order).</summary>
    public static double Compute(IReadOnlyList<Point2f> eye)
    {
        var width = Point2f.Distance(eye[0], eye[3]);
        return width < 1e-6 ? 0 : (Point2f.Distance(eye[1], eye[5]) + Point2f.Distance(eye[2], eye[4])) / (2 * width);
    }
}
