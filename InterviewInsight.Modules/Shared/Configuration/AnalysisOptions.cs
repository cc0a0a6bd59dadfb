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

    /// <summary>The instance switch for expression analysis (sessions still need consent; an admin may override it at /admin/status).</summary>
    public sealed record ExpressionsOptions
    {
        public bool Enabled { get; init; } = true;
    }
}
