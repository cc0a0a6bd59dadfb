namespace InterviewInsight.Modules.Engines.Vision.Expressions;

/// <summary>
/// Raw class shares of the expression model under the model's own labels. These labels are data, never text for a person:
/// what a person reads comes from <see cref="ObservableExpression"/>.
/// </summary>
internal sealed record ExpressionScores(IReadOnlyDictionary<string, float> Shares)
{
    /// <summary>The face-api FaceExpressionNet output order.</summary>
    public static readonly string[] ModelLabels = ["neutral", "happy", "sad", "angry", "fearful", "disgusted", "surprised"];

    public string TopLabel => Shares.MaxBy(s => s.Value).Key;
}
