using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Detection;

/// <summary>Greedy non-maximum suppression: keeps the best box of each overlapping group.</summary>
internal static class NonMaxSuppression
{
    public static IReadOnlyList<FaceDetection> Apply(IEnumerable<FaceDetection> candidates, float iouThreshold)
    {
        var kept = new List<FaceDetection>();
        foreach (var candidate in candidates.OrderByDescending(c => c.Score))
        {
            if (kept.TrueForAll(k => IntersectionOverUnion(k.Box, candidate.Box) <= iouThreshold))
            {
                kept.Add(candidate);
            }
        }

        return kept;
    }

    public static float IntersectionOverUnion(Rect2f a, Rect2f b)
    {
        var width = Math.Min(a.Right, b.Right) - Math.Max(a.Left, b.Left);
        var height = Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top);
        if (width <= 0 || height <= 0)
        {
            return 0;
        }

        var intersection = width * height;
        return intersection / ((a.Width * a.Height) + (b.Width * b.Height) - intersection);
    }
}
