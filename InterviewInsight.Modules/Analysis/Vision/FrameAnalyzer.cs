using InterviewInsight.Modules.Analysis.Vision.Aggregation;
using InterviewInsight.Modules.Analysis.Vision.Detection;
using InterviewInsight.Modules.Analysis.Vision.Expressions;
using InterviewInsight.Modules.Analysis.Vision.Geometry;
using InterviewInsight.Modules.Analysis.Vision.Landmarks;
using InterviewInsight.Modules.Analysis.Vision.Quality;
using OpenCvSharp;

namespace InterviewInsight.Modules.Analysis.Vision;

/// <summary>
/// The per-frame pipeline: detect or track, landmarks, head pose, gaze, eye openness, blendshapes and the expression model
/// (only when expressions are enabled), image quality. One instance per recording: it keeps the tracking state.
/// </summary>
internal sealed class FrameAnalyzer(VisionModels models, VisionOptions options, StageTimer timer)
{
    private readonly IFaceDetector _detector = models.Detector(options.Detector);
    private readonly FaceTracker _tracker = new(options.DetectEveryNFrames);
    private int _lastFaceCount;

    public FrameObservation Analyze(Mat bgrFrame, double timeSeconds)
    {
        var landmarks = TrackOrDetect(bgrFrame);
        if (landmarks is null)
        {
            _lastFaceCount = 0;
            return new FrameObservation
            {
                TimeSeconds = timeSeconds,
                FrameSize = bgrFrame.Size(),
                Quality = timer.Time("quality", () => FrameQuality.Measure(bgrFrame, null)),
            };
        }

        var bounds = landmarks.Bounds;
        var (pose, gaze, ear) = timer.Time("geometry", () => (
            HeadPoseEstimator.Estimate(landmarks, bgrFrame.Size()),
            GazeEstimator.Estimate(landmarks),
            EyeAspectRatio.Compute(landmarks)));

        Blendshapes? shapes = null;
        ExpressionScores? expression = null;
        if (options.ExpressionsEnabled)
        {
            shapes = timer.Time("blendshapes", () => models.Blendshapes.Run(landmarks));
            expression = timer.Time("expression", () => models.Expressions.Classify(bgrFrame, bounds));
        }

        return new FrameObservation
        {
            TimeSeconds = timeSeconds,
            FrameSize = bgrFrame.Size(),
            Quality = timer.Time("quality", () => FrameQuality.Measure(bgrFrame, bounds)),
            FaceCount = Math.Max(1, _lastFaceCount),
            FaceBox = bounds,
            Pose = pose,
            Gaze = gaze,
            EyeAspectRatio = ear,
            Smile = shapes?.Smile,
            ObservableExpression = shapes is null ? null : Expressions.ObservableExpression.Describe(shapes),
            Expression = expression,
        };
    }

    private FaceLandmarks? TrackOrDetect(Mat bgrFrame)
    {
        var detectedNow = false;
        if (_tracker.NeedsDetection)
        {
            if (!Detect(bgrFrame))
            {
                return null;
            }

            detectedNow = true;
        }

        var landmarks = timer.Time("landmarks", () => models.Landmarker.Run(bgrFrame, _tracker.CurrentRoi!));
        if (_tracker.OnLandmarks(landmarks))
        {
            return landmarks;
        }

        // A tracked crop that lost the face gets one fresh detection in the same frame.
        if (detectedNow || !Detect(bgrFrame))
        {
            return null;
        }

        landmarks = timer.Time("landmarks", () => models.Landmarker.Run(bgrFrame, _tracker.CurrentRoi!));
        return _tracker.OnLandmarks(landmarks) ? landmarks : null;
    }

    private bool Detect(Mat bgrFrame)
    {
        var faces = timer.Time("detect", () => _detector.Detect(bgrFrame));
        var main = FaceSelector.ChooseMain(faces, bgrFrame.Size());
        _lastFaceCount = FaceSelector.CountPeople(faces, main);
        if (main is null)
        {
            _tracker.Lose();
            return false;
        }

        _tracker.OnDetected(FaceRoi.FromDetection(main));
        return true;
    }
}
