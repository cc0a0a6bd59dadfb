using InterviewInsight.Modules.Engines.Vision.Aggregation;
using InterviewInsight.Modules.Engines.Vision.Detection;
using InterviewInsight.Modules.Engines.Vision.Geometry;
using InterviewInsight.Modules.Engines.Vision.Landmarks;
using InterviewInsight.Modules.Engines.Vision.Quality;
using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>
/// The per-frame pipeline: detect or track, landmarks, head pose, gaze, eye openness, face-shape scores (blendshapes or
/// mesh geometry, by landmark path) and the expression model (only when expressions are enabled), image quality. One
/// instance per recording: it keeps the tracking state.
/// </summary>
internal sealed class FrameAnalyzer(VisionModels models, VisionOptions options, StageTimer timer)
{
    private readonly IFaceDetector detector = models.Detector(options.Detector);
    private readonly LandmarkModels face = models.LandmarkModels(options.Landmarks);
    private readonly FaceTracker tracker = new(options.DetectEveryNFrames);
    private const int MaxCandidatesToMesh = 3;
    private int lastFaceCount;

    public FrameObservation Analyze(Mat bgrFrame, double timeSeconds)
    {
        var (landmarks, detectedBox) = TrackOrDetect(bgrFrame);
        if (landmarks is null)
        {
            return new FrameObservation
            {
                TimeSeconds = timeSeconds,
                FrameSize = bgrFrame.Size(),
                Quality = timer.Time("quality", () => FrameQuality.Measure(bgrFrame, detectedBox)),
                FacePresent = detectedBox is not null,
                FaceCount = detectedBox is null ? 0 : lastFaceCount,
                FaceBox = detectedBox,
            };
        }

        var bounds = landmarks.Bounds;

        // Face shapes always run: their eye-look direction is a gaze signal. Only the expression outputs are gated.
        var shapes = timer.Time(face.ShapeStage, () => face.Shapes.Read(landmarks));
        var (gaze, ear) = timer.Time("geometry", () => (
            new GazeSample(HeadPoseEstimator.Estimate(landmarks, bgrFrame.Size()), GazeEstimator.Estimate(landmarks), shapes.Look),
            EyeAspectRatio.Compute(landmarks)));
        var expression = options.ExpressionsEnabled
            ? timer.Time("expression", () => models.Expressions.Classify(bgrFrame, bounds))
            : null;

        return new FrameObservation
        {
            TimeSeconds = timeSeconds,
            FrameSize = bgrFrame.Size(),
            Quality = timer.Time("quality", () => FrameQuality.Measure(bgrFrame, bounds)),
            FacePresent = true,
            FaceCount = Math.Max(1, lastFaceCount),
            FaceBox = bounds,
            Gaze = gaze,
            EyeAspectRatio = ear,
            Smile = options.ExpressionsEnabled ? shapes.Smile : null,
            ObservableExpression = options.ExpressionsEnabled ? Expressions.ObservableExpression.Describe(shapes) : null,
            Expression = expression,
        };
    }

    /// <summary>Landmarks of the followed face, or null; plus the detector box when a face was seen but not meshed.</summary>
    private (FaceLandmarks? Landmarks, Rect2f? DetectedBox) TrackOrDetect(Mat bgrFrame)
    {
        if (!tracker.NeedsDetection)
        {
            var tracked = timer.Time("landmarks", () => face.Mesh.Run(bgrFrame, tracker.CurrentRoi!));
            if (tracker.OnLandmarks(tracked))
            {
                return (tracked, null);
            }

            // The tracked crop lost the face: fall through to a fresh detection in the same frame.
        }

        var candidates = Detect(bgrFrame);
        foreach (var candidate in candidates.Take(MaxCandidatesToMesh))
        {
            tracker.OnDetected(FaceRoi.FromDetection(candidate));
            var landmarks = timer.Time("landmarks", () => face.Mesh.Run(bgrFrame, tracker.CurrentRoi!));
            if (tracker.OnLandmarks(landmarks))
            {
                lastFaceCount = FaceSelector.CountPeople(candidates, candidate);
                return (landmarks, null);
            }
        }

        // The detector sees a face the mesh rejects: turned too far (profile) or partly hidden. It is present, not measurable.
        tracker.Lose();
        lastFaceCount = FaceSelector.CountPeople(candidates, candidates.Count > 0 ? candidates[0] : null);
        return (null, candidates.Count > 0 ? candidates[0].Box : null);
    }

    /// <summary>Detector candidates, best first. The people count is set once we know which candidate holds a real face.</summary>
    private IReadOnlyList<FaceDetection> Detect(Mat bgrFrame)
    {
        var faces = timer.Time("detect", () => this.detector.Detect(bgrFrame));
        return FaceSelector.Rank(faces, bgrFrame.Size());
    }
}
