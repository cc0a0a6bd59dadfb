using InterviewInsight.Modules.Engines.Vision.Landmarks;
using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Shapes;

/// <summary>
/// Raw face-shape distances from the 468-point mesh, in the face-aligned frame (x along the outer eye corners, y down the
/// face) and in units of the outer-corner distance, so they do not depend on face size or head roll.
/// </summary>
internal readonly record struct MeshShapeFeatures(
    double CornerLift, double MouthWidth, double LipGap, double BrowHeight, double InnerBrowGap)
{
    // MediaPipe mesh indices; "ImageLeft" is the subject's right side.
    private const int UpperLipInner = 13;
    private const int LowerLipInner = 14;
    private static readonly int[] ImageLeftBrowMiddle = [105, 66];
    private static readonly int[] ImageRightBrowMiddle = [334, 296];
    private const int ImageLeftBrowInnerLower = 55;
    private const int ImageRightBrowInnerLower = 285;

    public static MeshShapeFeatures Measure(FaceLandmarks landmarks)
    {
        var frame = new FaceFrame(landmarks[MeshIndex.ImageLeftEyeOuter], landmarks[MeshIndex.ImageRightEyeOuter]);
        double Y(int index) => frame.Y(landmarks[index]);
        double Mean(IEnumerable<int> indices) => indices.Average(Y);

        var mouthCentre = (Y(UpperLipInner) + Y(LowerLipInner)) / 2;
        var corners = (Y(MeshIndex.MouthImageLeft) + Y(MeshIndex.MouthImageRight)) / 2;
        var eyeLine = (Y(MeshIndex.ImageLeftEyeOuter) + Y(MeshIndex.ImageLeftEyeInner) + Y(MeshIndex.ImageRightEyeInner) + Y(MeshIndex.ImageRightEyeOuter)) / 4;
        return new MeshShapeFeatures(
            CornerLift: mouthCentre - corners,
            MouthWidth: frame.Distance(landmarks[MeshIndex.MouthImageLeft], landmarks[MeshIndex.MouthImageRight]),
            LipGap: Y(LowerLipInner) - Y(UpperLipInner),
            BrowHeight: eyeLine - Mean([.. ImageLeftBrowMiddle, .. ImageRightBrowMiddle]),
            InnerBrowGap: frame.Distance(landmarks[ImageLeftBrowInnerLower], landmarks[ImageRightBrowInnerLower]));
    }

    /// <summary>Coordinates along and across the outer-eye-corner line, scaled by that line's length.</summary>
    private readonly struct FaceFrame
    {
        private readonly Point2f origin;
        private readonly double ux;
        private readonly double uy;
        private readonly double length;

        public FaceFrame(Point2f imageLeftOuter, Point2f imageRightOuter)
        {
            origin = new Point2f((imageLeftOuter.X + imageRightOuter.X) / 2, (imageLeftOuter.Y + imageRightOuter.Y) / 2);
            var (dx, dy) = ((double)imageRightOuter.X - imageLeftOuter.X, (double)imageRightOuter.Y - imageLeftOuter.Y);
            length = Math.Max(1e-6, Math.Sqrt((dx * dx) + (dy * dy)));
            (ux, uy) = (dx / length, dy / length);
        }

        /// <summary>Down the face (image y grows downward), in eye-corner distances.</summary>
        public double Y(Point2f p) => ((-(p.X - origin.X) * uy) + ((p.Y - origin.Y) * ux)) / length;

        public double Distance(Point2f a, Point2f b) => Point2f.Distance(a, b) / length;
    }
}
