using InterviewInsight.Modules.Engines.Vision.Geometry;

namespace InterviewInsight.Modules.Engines.Vision.Shapes;

/// <summary>
/// The face measures the analysis reads per frame, each 0..1 on the blendshape model's scale (0.5 = visibly present), so
/// <see cref="Expressions.ObservableExpression.VisibleThreshold"/> and the eye-contact cone mean the same whichever
/// landmark path produced them: the blendshape model (Face Landmarker v2) or mesh geometry (FaceMesh v1 + iris).
/// </summary>
internal interface IFaceShapeScores
{
    /// <summary>Mouth corners pulled up and out (mean of mouthSmileLeft/Right).</summary>
    float Smile { get; }

    float BrowsRaised { get; }

    float BrowsLowered { get; }

    float JawOpen { get; }

    /// <summary>Eye-in-head direction on the eyeLook* scale (1.0 is about 35 degrees).</summary>
    EyeLook Look { get; }
}
