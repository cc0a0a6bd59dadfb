using InterviewInsight.Modules.Engines.Vision.Shapes;

namespace InterviewInsight.Modules.Engines.Vision.Expressions;

/// <summary>
/// What a person may read about a face: visible behaviour only (smiling, neutral face, raised brows, frowning, mouth open),
/// never an inferred feeling. Derived from face-shape scores (blendshapes or mesh geometry), which measure movement rather
/// than guess an emotion.
/// </summary>
internal static class ObservableExpression
{
    public const string Smiling = "smiling";
    public const string NeutralFace = "neutral face";
    public const string RaisedBrows = "raised brows";
    public const string Frowning = "frowning";
    public const string MouthOpen = "mouth open";

    public static readonly string[] All = [Smiling, NeutralFace, RaisedBrows, Frowning, MouthOpen];

    /// <summary>A face-shape score at or above this counts as visibly present (MediaPipe scores a clear smile at 0.9+).</summary>
    public const float VisibleThreshold = 0.5f;

    /// <summary>The single most visible behaviour in one frame; a neutral face when nothing stands out.</summary>
    public static string Describe(IFaceShapeScores shapes)
    {
        (string Label, float Score)[] candidates =
        [
            (Smiling, shapes.Smile),
            (RaisedBrows, shapes.BrowsRaised),
            (Frowning, shapes.BrowsLowered),
            (MouthOpen, shapes.JawOpen),
        ];
        var strongest = candidates.MaxBy(c => c.Score);
        return strongest.Score >= VisibleThreshold ? strongest.Label : NeutralFace;
    }
}
