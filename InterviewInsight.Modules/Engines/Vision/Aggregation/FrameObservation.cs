using InterviewInsight.Modules.Engines.Vision.Expressions;
using InterviewInsight.Modules.Engines.Vision.Geometry;
using InterviewInsight.Modules.Engines.Vision.Quality;
using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Aggregation;

/// <summary>What one analysed frame showed. Pure data: everything after this point is unit-testable arithmetic.</summary>
internal sealed record FrameObservation
{
    public required double TimeSeconds { get; init; }

    public required Size FrameSize { get; init; }

    public required FrameQuality Quality { get; init; }

    /// <summary>A face was found, even if it is turned too far for landmarks (a strict profile still counts as present).</summary>
    public bool FacePresent { get; init; }

    /// <summary>Faces big enough to be people; more than one raises a quality flag.</summary>
    public int FaceCount { get; init; }

    public Rect2f? FaceBox { get; init; }

    /// <summary>Head pose and eye direction; null when no face or the face is turned beyond what the mesh can measure.</summary>
    public GazeSample? Gaze { get; init; }

    public double? EyeAspectRatio { get; init; }

    /// <summary>Mean of mouthSmileLeft/Right; null when expressions are off.</summary>
    public double? Smile { get; init; }

    /// <summary>The most visible face behaviour (smiling, neutral face...); null when expressions are off.</summary>
    public string? ObservableExpression { get; init; }

    /// <summary>Raw expression-model shares under the model's labels; null when expressions are off.</summary>
    public ExpressionScores? Expression { get; init; }
}
