using InterviewInsight.Modules.Engines.Vision.Geometry;
using InterviewInsight.Modules.Engines.Vision.Shapes;

namespace InterviewInsight.Modules.Engines.Vision.Landmarks;

/// <summary>The 52 ARKit-style blendshape scores (0..1) of MediaPipe's blendshape model, by name.</summary>
internal sealed record Blendshapes(IReadOnlyDictionary<string, float> Scores) : IFaceShapeScores
{
    public static readonly string[] Names =
    [
        "_neutral", "browDownLeft", "browDownRight", "browInnerUp", "browOuterUpLeft", "browOuterUpRight", "cheekPuff",
        "cheekSquintLeft", "cheekSquintRight", "eyeBlinkLeft", "eyeBlinkRight", "eyeLookDownLeft", "eyeLookDownRight",
        "eyeLookInLeft", "eyeLookInRight", "eyeLookOutLeft", "eyeLookOutRight", "eyeLookUpLeft", "eyeLookUpRight",
        "eyeSquintLeft", "eyeSquintRight", "eyeWideLeft", "eyeWideRight", "jawForward", "jawLeft", "jawOpen", "jawRight",
        "mouthClose", "mouthDimpleLeft", "mouthDimpleRight", "mouthFrownLeft", "mouthFrownRight", "mouthFunnel", "mouthLeft",
        "mouthLowerDownLeft", "mouthLowerDownRight", "mouthPressLeft", "mouthPressRight", "mouthPucker", "mouthRight",
        "mouthRollLower", "mouthRollUpper", "mouthShrugLower", "mouthShrugUpper", "mouthSmileLeft", "mouthSmileRight",
        "mouthStretchLeft", "mouthStretchRight", "mouthUpperUpLeft", "mouthUpperUpRight", "noseSneerLeft", "noseSneerRight",
    ];

    public float this[string name] => Scores[name];

    public float Smile => (this["mouthSmileLeft"] + this["mouthSmileRight"]) / 2;

    public float BrowsRaised => Math.Max(this["browInnerUp"], (this["browOuterUpLeft"] + this["browOuterUpRight"]) / 2);

    public float BrowsLowered => (this["browDownLeft"] + this["browDownRight"]) / 2;

    public float JawOpen => this["jawOpen"];

    public EyeLook Look => EyeLook.From(this);
}
