using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Landmarks;

/// <summary>478 mesh points (468 face + 2x5 iris) in image pixels; z is relative depth on the same scale (negative = toward the camera).</summary>
internal sealed record FaceLandmarks(IReadOnlyList<Point3f> Points, float Presence, FaceRoi Roi)
{
    public Point2f this[int index] => new(Points[index].X, Points[index].Y);

    public Rect2f Bounds
    {
        get
        {
            var (minX, minY, maxX, maxY) = (float.MaxValue, float.MaxValue, float.MinValue, float.MinValue);
            for (var i = 0; i < MeshIndex.MeshPointCount; i++)
            {
                (minX, maxX) = (Math.Min(minX, Points[i].X), Math.Max(maxX, Points[i].X));
                (minY, maxY) = (Math.Min(minY, Points[i].Y), Math.Max(maxY, Points[i].Y));
            }

            return new Rect2f(minX, minY, maxX - minX, maxY - minY);
        }
    }
}
