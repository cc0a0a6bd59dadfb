namespace InterviewInsight.Modules.Engines.Vision.Geometry;

/// <summary>Estimated gaze offset from the camera direction, in degrees. +yaw = toward image-left, +pitch = downward.</summary>
internal readonly record struct GazeDirection(double YawDegrees, double PitchDegrees)
{
    public double AngleDegrees => Math.Sqrt((YawDegrees * YawDegrees) + (PitchDegrees * PitchDegrees));
}
