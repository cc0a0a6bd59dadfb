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

    /// <summary>
    /// The 16 eyelid points (lower contour corner to corner, then upper) in the order of the iris model's eye-contour output,
    /// which refines them on the FaceMesh v1 path as MediaPipe's legacy pipeline does; the image-right list is the mirror
    /// image of the image-left one (outer corner first).
    /// </summary>
    public static readonly int[] ImageLeftEyelids = [33, 7, 163, 144, 145, 153, 154, 155, 133, 246, 161, 160, 159, 158, 157, 173];

    public static readonly int[] ImageRightEyelids = [263, 249, 390, 373, 374, 380, 381, 382, 362, 466, 388, 387, 386, 385, 384, 398];

    public static bool IsEyeCorner(int index) =>
        index is ImageLeftEyeOuter or ImageLeftEyeInner or ImageRightEyeInner or ImageRightEyeOuter;
}
