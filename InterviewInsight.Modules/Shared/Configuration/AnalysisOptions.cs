using System.ComponentModel.DataAnnotations;

namespace InterviewInsight.Modules.Shared.Configuration;

/// <summary>The <c>Analysis</c> section: how recordings and answers are analysed.</summary>
public sealed record AnalysisOptions
{
    public const string Section = "Analysis";

    /// <summary>Frames analysed per second of video.</summary>
    [Range(1, 60, ErrorMessage = "Analysis:VideoSampleFps must be between 1 and 60.")]
    public int VideoSampleFps { get; init; } = 5;

    /// <summary>How long the interviewer waits for an answer's transcript before moving on (and saying why).</summary>
    [Range(5, 3600, ErrorMessage = "Analysis:AnswerTranscriptionTimeoutSeconds must be between 5 and 3600.")]
    public int AnswerTranscriptionTimeoutSeconds { get; init; } = 60;

    public ExpressionsOptions Expressions { get; init; } = new();

    /// <summary>
    /// Vision landmark models: auto (Face Landmarker v2 + blendshapes when both are installed, else FaceMesh v1 + iris),
    /// or landmarker-v2 / facemesh-v1 to force one.
    /// </summary>
    [RegularExpression("(?i)auto|landmarker-v2|facemesh-v1", ErrorMessage = "Analysis:VisionLandmarks must be auto, landmarker-v2 or facemesh-v1.")]
    public string VisionLandmarks { get; init; } = "auto";

    /// <summary>The instance switch for expression analysis (sessions still need consent; an admin may override it at /admin/settings).</summary>
    public sealed record ExpressionsOptions
    {
        public bool Enabled { get; init; } = true;
    }
}
