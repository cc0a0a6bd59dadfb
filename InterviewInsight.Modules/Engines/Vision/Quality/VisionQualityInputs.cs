namespace InterviewInsight.Modules.Engines.Vision.Quality;

/// <summary>The span statistics the quality gate judges.</summary>
internal sealed record VisionQualityInputs(
    int FramesSampled,
    int FramesWithFace,
    int FramesMeasurable,
    int FramesWithSeveralFaces,
    double MedianLuma,
    double? MedianFaceSharpness,
    double? MedianFaceHeightPixels,
    double? MedianFaceHeightRatio,
    double SampledFramesPerSecond);
