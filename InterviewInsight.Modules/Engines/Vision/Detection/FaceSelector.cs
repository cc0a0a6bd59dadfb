using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Detection;

/// <summary>
/// Picks the candidate to follow when several faces are found: the largest, most central one.
/// Another face only counts as "several faces" when it is big enough to be a person in the room, not a photo on the wall.
/// </summary>
internal static class FaceSelector
{
    private const float OtherFaceMinAreaShare = 0.25f;
    private const float OtherFaceMinScore = 0.75f;

    /// <summary>Candidates to follow, best first; callers fall back to the next one when the mesh rejects a candidate.</summary>
    public static IReadOnlyList<FaceDetection> Rank(IReadOnlyList<FaceDetection> faces, Size frame)
    {
        var diagonal = Math.Sqrt((frame.Width * frame.Width) + (frame.Height * frame.Height)) / 2;
        return [.. faces.OrderByDescending(f =>
        {
            var dx = f.Center.X - (frame.Width / 2.0);
            var dy = f.Center.Y - (frame.Height / 2.0);
            var offCentre = Math.Sqrt((dx * dx) + (dy * dy)) / diagonal;
            return f.Area * (1 - (0.5 * offCentre));
        })];
    }

    /// <summary>The followed face plus confident, similarly sized others (weak detections are often texture, not people).</summary>
    public static int CountPeople(IReadOnlyList<FaceDetection> faces, FaceDetection? main) =>
        main is null ? 0 : faces.Count(f => ReferenceEquals(f, main) || (f.Score >= OtherFaceMinScore && f.Area >= OtherFaceMinAreaShare * main.Area
            && NonMaxSuppression.IntersectionOverUnion(f.Box, main.Box) < 0.3f));
}
