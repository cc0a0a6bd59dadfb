using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Landmarks;

/// <summary>A face mesh model: the 478 points (468 mesh + 2x5 iris, MediaPipe order) of the face inside a rotated square crop.</summary>
internal interface ILandmarker : IDisposable
{
    FaceLandmarks Run(Mat bgrFrame, FaceRoi roi);
}
