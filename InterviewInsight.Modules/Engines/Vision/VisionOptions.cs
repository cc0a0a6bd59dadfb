using InterviewInsight.Modules.Engines.Vision.Frames;

namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>Settings of one vision run.</summary>
internal sealed record VisionOptions
{
    public FrameSamplingRate SamplingRate { get; init; } = FrameSamplingRate.Default;

    public FaceDetectorKind Detector { get; init; } = FaceDetectorKind.BlazeFace;

    /// <summary>Which landmark models run; Auto follows what is installed (Face Landmarker v2 + blendshapes when both are there).</summary>
    public LandmarkPath Landmarks { get; init; } = LandmarkPath.Auto;

    /// <summary>Run the detector every N analysed frames; in between the crop follows the previous mesh.</summary>
    public int DetectEveryNFrames { get; init; } = 10;

    /// <summary>Instance-wide switch: false means no expression model run and no expression, smile or face-behaviour output.</summary>
    public bool ExpressionsEnabled { get; init; } = true;

    /// <summary>Span (session clock, seconds) where the candidate was asked to look at the camera; null = estimate from the whole recording.</summary>
    public double? CalibrationStartSeconds { get; init; }

    public double? CalibrationEndSeconds { get; init; }

    public bool HasCalibrationSpan => CalibrationStartSeconds is not null && CalibrationEndSeconds > CalibrationStartSeconds;
}
