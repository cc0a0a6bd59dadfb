using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Detection;

/// <summary>
/// Pads a frame to a square (centred, black borders) with an optional extra margin, so a detector with a square input
/// sees undistorted faces. A margin above 0 shrinks the face relative to the input: tight face crops
/// (160x160 LRS2, 224x224 VoxCeleb) fill the frame edge to edge and short-range detectors miss faces that large.
/// </summary>
internal sealed record SquareLetterbox(int Side, int OffsetX, int OffsetY)
{
    public static SquareLetterbox For(Size frame, double margin)
    {
        var longSide = Math.Max(frame.Width, frame.Height);
        var side = (int)Math.Round(longSide * (1 + (2 * margin)));
        return new SquareLetterbox(side, (side - frame.Width) / 2, (side - frame.Height) / 2);
    }

    public Mat Apply(Mat frame)
    {
        var padded = new Mat();
        Cv2.CopyMakeBorder(
            frame, padded, OffsetY, Side - frame.Height - OffsetY, OffsetX, Side - frame.Width - OffsetX,
            BorderTypes.Constant, Scalar.Black);
        return padded;
    }

    /// <summary>Maps a point normalised to the square (0..1) back to frame pixels.</summary>
    public Point2f ToFrame(float normalisedX, float normalisedY) =>
        new((normalisedX * Side) - OffsetX, (normalisedY * Side) - OffsetY);
}
