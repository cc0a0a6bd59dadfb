using InterviewInsight.Modules.Engines.Vision.Landmarks;
using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Geometry;

/// <summary>Iris position inside each eye, measured along the eye's own corner line so head roll does not leak in.</summary>
internal static class GazeEstimator
{
    public static GazeRatios Estimate(FaceLandmarks landmarks)
    {
        var left = EyeRatios(
            landmarks[MeshIndex.ImageLeftIrisCenter], landmarks[MeshIndex.ImageLeftEyeOuter], landmarks[MeshIndex.ImageLeftEyeInner],
            landmarks[MeshIndex.ImageLeftEyeUpperLid], landmarks[MeshIndex.ImageLeftEyeLowerLid]);
        var right = EyeRatios(
            landmarks[MeshIndex.ImageRightIrisCenter], landmarks[MeshIndex.ImageRightEyeInner], landmarks[MeshIndex.ImageRightEyeOuter],
            landmarks[MeshIndex.ImageRightEyeUpperLid], landmarks[MeshIndex.ImageRightEyeLowerLid]);
        return new GazeRatios((left.Horizontal + right.Horizontal) / 2, (left.Vertical + right.Vertical) / 2);
    }

    /// <summary>
    /// Ratios for one eye. <paramref name="imageLeftCorner"/> and <paramref name="imageRightCorner"/> are the corners as they
    /// appear left and right in the image; the lids are the middle of the upper and lower lid.
    /// </summary>
    public static GazeRatios EyeRatios(Point2f iris, Point2f imageLeftCorner, Point2f imageRightCorner, Point2f upperLid, Point2f lowerLid)
    {
        var axis = imageRightCorner - imageLeftCorner;
        var length = Math.Sqrt((axis.X * axis.X) + (axis.Y * axis.Y));
        if (length < 1e-6)
        {
            return new GazeRatios(0.5, 0.5);
        }

        var (ux, uy) = (axis.X / length, axis.Y / length);
        double Along(Point2f p) => ((p.X - imageLeftCorner.X) * ux) + ((p.Y - imageLeftCorner.Y) * uy);

        // Perpendicular pointing down the face (image y grows downward).
        double Across(Point2f p) => (-(p.X - imageLeftCorner.X) * uy) + ((p.Y - imageLeftCorner.Y) * ux);

        var horizontal = Along(iris) / length;
        var (upper, lower) = (Across(upperLid), Across(lowerLid));
        var vertical = Math.Abs(lower - upper) < 1e-6 ? 0.5 : (Across(iris) - upper) / (lower - upper);
        return new GazeRatios(horizontal, vertical);
    }
}
