namespace InterviewInsight.Modules.Engines.Vision.Detection;

/// <summary>
/// Decodes MediaPipe BlazeFace (short range, 128x128) raw outputs into boxes normalised to the square input.
/// Anchors: a 16x16 grid with 2 anchors per cell and an 8x8 grid with 6 per cell; anchor i = (cy*cells + cx)*A + a.
/// </summary>
internal static class BlazeFaceDecoder
{
    private const float InputSize = 128f;

    /// <summary>One raw candidate in normalised square coordinates (0..1).</summary>
    internal readonly record struct Candidate(
        float CenterX, float CenterY, float Width, float Height,
        float ImageLeftEyeX, float ImageLeftEyeY, float ImageRightEyeX, float ImageRightEyeY, float Score);

    public static IEnumerable<Candidate> Decode(
        ReadOnlySpan<float> scores, ReadOnlySpan<float> regressors, int cells, int anchorsPerCell, float scoreThreshold)
    {
        var found = new List<Candidate>();
        var count = cells * cells * anchorsPerCell;
        for (var i = 0; i < count; i++)
        {
            var score = Sigmoid(Math.Clamp(scores[i], -100f, 100f));
            if (score < scoreThreshold)
            {
                continue;
            }

            var cell = i / anchorsPerCell;
            var anchorX = ((cell % cells) + 0.5f) / cells;
            var anchorY = ((cell / cells) + 0.5f) / cells;
            var reg = regressors.Slice(i * 16, 16);
            found.Add(new Candidate(
                anchorX + (reg[0] / InputSize), anchorY + (reg[1] / InputSize),
                reg[2] / InputSize, reg[3] / InputSize,
                anchorX + (reg[4] / InputSize), anchorY + (reg[5] / InputSize),
                anchorX + (reg[6] / InputSize), anchorY + (reg[7] / InputSize),
                score));
        }

        return found;
    }

    private static float Sigmoid(float x) => 1f / (1f + MathF.Exp(-x));
}
