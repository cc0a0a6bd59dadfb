using InterviewInsight.Modules.Engines.Vision;

namespace InterviewInsight.Modules.Tooling.Accuracy.Vision;

/// <summary>Everything the accuracy run measured, for the markdown report and for the tests' thresholds.</summary>
internal sealed record VisionAccuracyFigures(
    string Engine,
    IReadOnlyList<ImageFinding> Images,
    IReadOnlyList<ClipFinding> Clips,
    ConfusionMatrix FaceApiPhotos,
    ConfusionMatrix Fer2013Crops);

/// <summary>
/// One still: whether each detector found a face, the gaze verdict against the population prior, the smile score, the
/// expression.
/// </summary>
internal sealed record ImageFinding(
    string File, bool FaceFoundBlazeFace, bool FaceFoundYuNet, bool Measurable, bool EyeContact, double? GazeOffsetDegrees,
    double? Smile, string? TrueExpression, string? PredictedExpression);

/// <summary>One clip analysed at the default settings.</summary>
internal sealed record ClipFinding(string Clip, VisionResult Vision, VisionTimings Timings);
