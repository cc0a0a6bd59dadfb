namespace InterviewInsight.Modules.Analysis.Vision.Quality;

/// <summary>A reason to trust a modality less; serialises into the result's quality[] list.</summary>
internal sealed record QualityFlag(string Modality, string Code, string Message)
{
    public static QualityFlag Video(string code, string message) => new("video", code, message);
}
