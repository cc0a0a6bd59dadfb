using InterviewInsight.Modules.Engines.Vision.Geometry;
using InterviewInsight.Modules.Engines.Vision.Landmarks;

namespace InterviewInsight.Modules.Engines.Vision.Shapes;

/// <summary>
/// Face-shape scores from mesh geometry alone, for the registry-only path that has no blendshape model. Each score is a
/// clamped linear map of a <see cref="MeshShapeFeatures"/> distance, fitted against the blendshape model's scores on the
/// same frames of the shared test media (docs/accuracy.md, "Vision"), so 0.5 still means "visibly present".
/// </summary>
internal sealed class MeshShapeReader : IFaceShapeReader
{
    public static readonly MeshShapeReader Instance = new();

    // Eye-look sideways from the iris ratio, on the eyeLook* scale: the classifier reads 0.1 of iris ratio as 13 degrees
    // and 1.0 of eyeLook as 35 degrees, so both of its eye signals agree.
    private const double LookPerIrisHorizontal = 130.0 / 35;

    // Eye-look down from the lids (eye aspect ratio), as the blendshape model reads it: least squares on the test frames.
    private const double LookDownAtClosedLids = 1.03;
    private const double LookDownPerEyeAspectRatio = -2.97;

    public IFaceShapeScores Read(FaceLandmarks landmarks)
    {
        var f = MeshShapeFeatures.Measure(landmarks);
        var iris = GazeEstimator.Estimate(landmarks);
        var prior = GazeBaseline.Prior.AtCamera;

        // Each score is 0 at the first value and 1 at the second; the 0.5 crossing is the cut that best agrees with the
        // blendshape model's own 0.5 on 956 test frames (F1: smile 0.86, brows raised 0.79, lowered 0.81, jaw open 0.79).
        return new MeshShapeScores(
            Smile: Score(f.MouthWidth + (0.69 * f.CornerLift), 0.566, 0.745),
            BrowsRaised: Score(f.InnerBrowGap + (0.275 * f.BrowHeight), 0.351, 0.410),
            BrowsLowered: Score(f.BrowHeight + (0.59 * f.InnerBrowGap), 0.410, 0.331),
            JawOpen: Score(f.LipGap, 0, 0.39),
            Look: new EyeLook(
                (-(iris.Horizontal - prior.Iris.Horizontal) * LookPerIrisHorizontal) + prior.Look.Horizontal,
                LookDownAtClosedLids + (LookDownPerEyeAspectRatio * EyeAspectRatio.Compute(landmarks))));
    }

    /// <summary>0 at <paramref name="zeroAt"/>, 1 at <paramref name="oneAt"/>, clamped to 0..1.</summary>
    private static float Score(double value, double zeroAt, double oneAt) =>
        (float)Math.Clamp((value - zeroAt) / (oneAt - zeroAt), 0, 1);
}

/// <summary>The mesh-geometry face-shape scores of one frame.</summary>
internal sealed record MeshShapeScores(float Smile, float BrowsRaised, float BrowsLowered, float JawOpen, EyeLook Look) : IFaceShapeScores;
