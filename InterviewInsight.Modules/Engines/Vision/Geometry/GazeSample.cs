namespace InterviewInsight.Modules.Engines.Vision.Geometry;

/// <summary>The per-frame gaze inputs: head pose, iris ratios and blendshape eye direction.</summary>
internal readonly record struct GazeSample(HeadPose Pose, GazeRatios Iris, EyeLook Look);
