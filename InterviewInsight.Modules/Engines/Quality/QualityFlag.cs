namespace InterviewInsight.Modules.Engines.Quality;

/// <summary>An item of the result JSON's <c>quality[]</c>: what limits trust in a modality, in words a person reads.</summary>
public sealed record QualityFlag(string Modality, string Code, string Message)
{
    /// <summary>The code of a modality left out because an engine it needs is missing or failed.</summary>
    public const string EngineUnavailable = "engine-unavailable";

    /// <summary>The code of a recording whose speech does not sound like English: no transcript-based scores are given.</summary>
    public const string NotEnglish = "not-english";

    public static QualityFlag Audio(string code, string message) => new("audio", code, message);

    public static QualityFlag Video(string code, string message) => new("video", code, message);

    public static QualityFlag Content(string code, string message) => new("content", code, message);
}
