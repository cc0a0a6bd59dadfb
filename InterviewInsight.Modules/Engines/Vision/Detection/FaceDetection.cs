using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Detection;

/// <summary>
/// A detected face in image pixels. Eyes are named by where they appear in the image:
/// the image-left eye is the subject's right eye.
/// </summary>
internal sealed record FaceDetection(Rect2f Box, Point2f ImageLeftEye, Point2f ImageRightEye, float Score)
{
    public Point2f Center => new(Box.X + (Box.Width / 2), Box.Y + (Box.Height / 2));

    public float Area => Box.Width * Box.Height;
}
