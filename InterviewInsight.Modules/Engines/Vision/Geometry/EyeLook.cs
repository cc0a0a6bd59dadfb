using InterviewInsight.Modules.Engines.Vision.Landmarks;

namespace InterviewInsight.Modules.Engines.Vision.Geometry;

/// <summary>
/// Eye-in-head direction from the eyeLook* blendshapes (0..1 each), averaged over both eyes.
/// Horizontal: + = toward image-left. Vertical: + = downward. About 0.1-0.2 "down" is normal on a level camera gaze.
/// The blendshapes are a second gaze signal beside the iris ratios and steadier on small or turned faces.
/// </summary>
internal readonly record struct EyeLook(double Horizontal, double Vertical)
{
    public static EyeLook From(Blendshapes shapes)
    {
        // "Left"/"Right" in blendshape names are the subject's sides; the subject's right eye is the image-left one.
        var towardImageLeft = shapes["eyeLookInLeft"] + shapes["eyeLookOutRight"];
        var towardImageRight = shapes["eyeLookOutLeft"] + shapes["eyeLookInRight"];
        var down = shapes["eyeLookDownLeft"] + shapes["eyeLookDownRight"];
        var up = shapes["eyeLookUpLeft"] + shapes["eyeLookUpRight"];
        return new EyeLook((towardImageLeft - towardImageRight) / 2, (down - up) / 2);
    }
}
