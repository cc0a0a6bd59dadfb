using InterviewInsight.Modules.Engines.Vision.Detection;
using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Landmarks;

/// <summary>
/// The rotated square MediaPipe feeds its landmark model: centred on the face, 1.5x its size, turned so the eyes are level.
/// </summary>
internal sealed record FaceRoi(float CenterX, float CenterY, float Side, float AngleRadians)
{
    private const float ScaleAroundFace = 1.5f;

    public static FaceRoi FromDetection(FaceDetection detection)
    {
        var angle = MathF.Atan2(
            detection.ImageRightEye.Y - detection.ImageLeftEye.Y,
            detection.ImageRightEye.X - detection.ImageLeftEye.X);
        return new FaceRoi(
            detection.Center.X, detection.Center.Y,
            ScaleAroundFace * Math.Max(detection.Box.Width, detection.Box.Height), angle);
    }

    /// <summary>Next frame's ROI from this frame's mesh: MediaPipe's tracking step, which saves a detector run.</summary>
    public static FaceRoi FromLandmarks(IReadOnlyList<Point3f> points)
    {
        var outer = points[MeshIndex.ImageLeftEyeOuter];
        var other = points[MeshIndex.ImageRightEyeOuter];
        var angle = MathF.Atan2(other.Y - outer.Y, other.X - outer.X);
        var (cos, sin) = (MathF.Cos(angle), MathF.Sin(angle));

        // Bounding box of the mesh in the face-aligned frame, so a tilted head does not inflate the square.
        float minU = float.MaxValue, maxU = float.MinValue, minV = float.MaxValue, maxV = float.MinValue;
        for (var i = 0; i < MeshIndex.MeshPointCount; i++)
        {
            var u = (points[i].X * cos) + (points[i].Y * sin);
            var v = (-points[i].X * sin) + (points[i].Y * cos);
            (minU, maxU, minV, maxV) = (Math.Min(minU, u), Math.Max(maxU, u), Math.Min(minV, v), Math.Max(maxV, v));
        }

        var (centerU, centerV) = ((minU + maxU) / 2, (minV + maxV) / 2);
        return new FaceRoi(
            (centerU * cos) - (centerV * sin), (centerU * sin) + (centerV * cos),
            ScaleAroundFace * Math.Max(maxU - minU, maxV - minV), angle);
    }

    /// <summary>2x3 affine that maps crop pixels (0..cropSize) to image pixels; use with WarpInverseMap.</summary>
    public double[,] CropToImage(int cropSize)
    {
        var scale = Side / cropSize;
        var (cos, sin) = (Math.Cos(AngleRadians) * scale, Math.Sin(AngleRadians) * scale);
        var half = cropSize / 2.0;
        return new[,]
        {
            { cos, -sin, CenterX - (cos * half) + (sin * half) },
            { sin, cos, CenterY - (sin * half) - (cos * half) },
        };
    }

    /// <summary>The rotated square cut out of <paramref name="bgrFrame"/> and scaled to cropSize x cropSize (black outside the frame).</summary>
    public Mat Crop(Mat bgrFrame, int cropSize)
    {
        using var affine = Mat.FromArray(CropToImage(cropSize));
        var crop = new Mat();
        Cv2.WarpAffine(
            bgrFrame, crop, affine, new Size(cropSize, cropSize),
            InterpolationFlags.Linear | InterpolationFlags.WarpInverseMap, BorderTypes.Constant, Scalar.Black);
        return crop;
    }

    public Point3f ToImage(float cropX, float cropY, float cropZ, int cropSize)
    {
        var m = CropToImage(cropSize);
        return new Point3f(
            (float)((m[0, 0] * cropX) + (m[0, 1] * cropY) + m[0, 2]),
            (float)((m[1, 0] * cropX) + (m[1, 1] * cropY) + m[1, 2]),
            cropZ * Side / cropSize);
    }
}
