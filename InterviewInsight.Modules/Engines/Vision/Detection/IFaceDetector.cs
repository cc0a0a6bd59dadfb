using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Detection;

/// <summary>Finds faces in a BGR frame; results are in the frame's pixels, best first, after NMS.</summary>
internal interface IFaceDetector
{
    string Name { get; }

    IReadOnlyList<FaceDetection> Detect(Mat bgrFrame);
}
