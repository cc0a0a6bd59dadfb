namespace InterviewInsight.Modules.Engines.Vision.Landmarks;

/// <summary>MediaPipe face-mesh indices used by the geometry code. "ImageLeft" is the subject's right side.</summary>
internal static class MeshIndex
{
    public const int MeshPointCount = 468;
    public const int PointCountWithIrises = 478;

    public const int NoseTip = 1;
    public const int Chin = 152;
    public const int MouthImageLeft = 61;
    public const int MouthImageRight = 291;

    public const int ImageLeftEyeOuter = 33;
    public const int ImageLeftEyeInner = 133;
    public const int ImageLeftEyeUpperLid = 159;
    public const int ImageLeftEyeLowerLid = 145;
    public const int ImageLeftIrisCenter = 468;

    public const int ImageRightEyeInner = 362;
    public const int ImageRightEyeOuter = 263;
    public const int ImageRightEyeUpperLid = 386;
    public const int ImageRightEyeLowerLid = 374;
    public const int ImageRightIrisCenter = 473;

    /// <summary>Six-point eye-aspect-ratio contours (outer, upper1, upper2, inner, lower2, lower1), Soukupova and Cech.</summary>
    public static readonly int[] ImageLeftEyeContour = [33, 160, 158, 133, 153, 144];

    public static readonly int[] ImageRightEyeContour = [263, 387, 385, 362, 380, 373];
}
