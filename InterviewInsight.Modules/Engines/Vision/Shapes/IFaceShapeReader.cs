using InterviewInsight.Modules.Engines.Vision.Landmarks;

namespace InterviewInsight.Modules.Engines.Vision.Shapes;

/// <summary>Reads the face measures of one frame's landmarks: the blendshape model or the mesh-geometry reader.</summary>
internal interface IFaceShapeReader
{
    IFaceShapeScores Read(FaceLandmarks landmarks);
}
