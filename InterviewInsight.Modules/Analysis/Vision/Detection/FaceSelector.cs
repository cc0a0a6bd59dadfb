using OpenCvSharp;

namespace InterviewInsight.Modules.Analysis.Vision.Detection;

/// <summary>
/// Picks the candidate to follow when several faces are found: the largest, most central one.
/// Another face only counts as "several faces" when it is big enough to be a person in the room, not a photo on the wall.
/// </summary>
internal static class FaceSelector
{
    private const float OtherFaceMinAreaShare = 0.25f;

    public static FaceDetection? ChooseMain(IReadOnlyList<FaceDetection> faces, Size frame)
    {
        if (faces.Count == 0)
        {
            return null;
        }

        var diagonal = Math.Sqrt((frame.Width * frame.Width) + (frame.Height * frame.Height)) / 2;
        return faces.MaxBy(f =>
        {
            var dx = f.Center.X - (frame.Width / 2.0);
            var dy = f.Center.Y - (frame.Height / 2.0);
            var offCentre = Math.Sqrt((dx * dx) + (dy * dy)) / diagonal;
            return f.Area * (1 - (0.5 * offCentre));
        });
    }

    public static int CountPeople(IReadOnlyList<FaceDetection> faces, FaceDetection? main) =>
        main is null ? 0 : faces.Count(f => ReferenceEquals(f, main) || f.Area >= OtherFaceMinAreaShare * main.Area);
}
