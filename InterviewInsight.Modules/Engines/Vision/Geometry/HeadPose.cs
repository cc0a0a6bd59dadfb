namespace InterviewInsight.Modules.Engines.Vision.Geometry;

/// <summary>
/// Head rotation in degrees. +yaw = face turned toward image-left; +pitch = chin down; +roll = head tilted clockwise in the image.
/// </summary>
internal readonly record struct HeadPose(double YawDegrees, double PitchDegrees, double RollDegrees);
