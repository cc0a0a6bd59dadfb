using InterviewInsight.Modules.Engines.Vision.Landmarks;
using InterviewInsight.Modules.Engines.Vision.Shapes;

namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>The mesh model and face-shape reader of one resolved landmark path.</summary>
internal sealed record LandmarkModels(LandmarkPath Path, ILandmarker Mesh, IFaceShapeReader Shapes)
{
    /// <summary>The stage name the timings use for the face-shape step.</summary>
    public string ShapeStage => Path == LandmarkPath.LandmarkerV2 ? "blendshapes" : "mesh-shapes";
}
