using InterviewInsight.Modules.Engines.Vision.Landmarks;

namespace InterviewInsight.Modules.Engines.Vision.Geometry;

/// <summary>
/// MediaPipe-style tracking: run the detector every N analysed frames and in between derive the next crop from the
/// previous mesh. A mesh whose face-presence score drops below the threshold counts as a loss and forces a detection.
/// </summary>
internal sealed class FaceTracker(int detectEveryNFrames, float presenceThreshold = 0.5f)
{
    private int framesSinceDetection;

    public FaceRoi? CurrentRoi { get; private set; }

    public bool NeedsDetection => CurrentRoi is null || framesSinceDetection >= Math.Max(1, detectEveryNFrames);

    public void OnDetected(FaceRoi roi)
    {
        CurrentRoi = roi;
        framesSinceDetection = 0;
    }

    /// <summary>Feeds back this frame's mesh; returns false (and drops the track) when the face was lost.</summary>
    public bool OnLandmarks(FaceLandmarks landmarks)
    {
        if (landmarks.Presence < presenceThreshold)
        {
            Lose();
            return false;
        }

        CurrentRoi = FaceRoi.FromLandmarks(landmarks.Points);
        framesSinceDetection++;
        return true;
    }

    public void Lose()
    {
        CurrentRoi = null;
        framesSinceDetection = 0;
    }
}
