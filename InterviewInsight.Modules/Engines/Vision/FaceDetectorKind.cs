namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>Which face detector starts each track. BlazeFace is the fast default; YuNet copes better with small or turned faces.</summary>
internal enum FaceDetectorKind
{
    BlazeFace,
    YuNet,
}
