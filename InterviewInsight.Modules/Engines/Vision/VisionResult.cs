using InterviewInsight.Modules.Engines.Quality;

namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>
/// The vision section of the result JSON (docs/architecture.md, "Result JSON") for a whole recording or one span. Times in seconds,
/// ratios 0..1. Null means "not measured" (no face, expressions switched off, no speech spans), never a guessed default.
/// </summary>
public sealed record VisionResult
{
    public required double StartSeconds { get; init; }

    public required double EndSeconds { get; init; }

    public required double FacePresentRatio { get; init; }

    public double? EyeContactRatio { get; init; }

    public double? LongestLookAwaySeconds { get; init; }

    /// <summary>Longest look-away overlapping speech; null when no speech segments were given.</summary>
    public double? LongestLookAwayWhileSpeakingSeconds { get; init; }

    /// <summary>Look-aways of at least one second.</summary>
    public int GazeAversionCount { get; init; }

    public HeadPoseSpread? HeadPose { get; init; }

    public double? BlinkRatePerMinute { get; init; }

    public double? SmileRatio { get; init; }

    /// <summary>Raw expression-model shares under the model's own labels (data only, never shown as text); null when off.</summary>
    public IReadOnlyDictionary<string, double>? Expressions { get; init; }

    /// <summary>Share of frames per visible behaviour (smiling, neutral face, raised brows, frowning, mouth open); null when off.</summary>
    public IReadOnlyDictionary<string, double>? ObservedBehaviours { get; init; }

    public required FrameCounts Frames { get; init; }

    public required HeadGestures HeadGestures { get; init; }

    public Framing? Framing { get; init; }

    public required Lighting Lighting { get; init; }

    public required BaselineInfo Baseline { get; init; }

    /// <summary>0..1: how much the numbers above can be trusted (face coverage, baseline source, quality flags).</summary>
    public required double Confidence { get; init; }

    public required VisionTimeline Timeline { get; init; }

    public required IReadOnlyList<QualityFlag> Quality { get; init; }
}

public sealed record HeadPoseSpread(double YawStdDeg, double PitchStdDeg, double RollStdDeg);

public sealed record FrameCounts(int Sampled, int WithFace, int Measurable);

public sealed record HeadGestures(int Nods, int Shakes);

/// <summary>Median face height as a share of the frame height and the face centre's offset from the frame centre (-0.5..0.5).</summary>
public sealed record Framing(double FaceHeightRatio, double CenterOffsetX, double CenterOffsetY);

/// <summary>Median luma (0..255) and sharpness (variance of the Laplacian) of the face region, or of the frame without a face.</summary>
public sealed record Lighting(double MeanLuma, double Sharpness);

/// <summary>Where the "looking at the camera" reference came from: calibration, wholeRecording or prior.</summary>
public sealed record BaselineInfo(string Source, double Confidence, double YawDeg, double PitchDeg);

/// <summary>1-second series for the charts: facePresent, eyeContact, yaw, pitch and (when expressions are on) smile.</summary>
public sealed record VisionTimeline(double StepSeconds, IReadOnlyDictionary<string, IReadOnlyList<double?>> Series);
