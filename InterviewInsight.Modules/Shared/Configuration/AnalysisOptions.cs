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

    /// <summary>
    /// How many times a run may be started before it is failed for good: a run whose process died (out of memory, killed)
    /// is claimed again at the next start, and without a cap a recording that kills the process would do so at every start.
    /// </summary>
    [Range(1, 20, ErrorMessage = "Analysis:MaxAttempts must be between 1 and 20.")]
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Seconds of work a run may take per second of recording; past its limit the run is stopped and its ffmpeg and model work killed.</summary>
    [Range(0.001, 1000, ErrorMessage = "Analysis:TimeLimitPerMediaSecond must be between 0.001 and 1000.")]
    public double TimeLimitPerMediaSecond { get; init; } = 10;

    /// <summary>The least time a run gets, in seconds, so a short recording on a busy machine is not cut off.</summary>
    [Range(0.001, 86400, ErrorMessage = "Analysis:MinTimeLimitSeconds must be between 0.001 and 86400.")]
    public double MinTimeLimitSeconds { get; init; } = 900;

    public ExpressionsOptions Expressions { get; init; } = new();

    /// <summary>The time a run over <paramref name="mediaSeconds"/> of recording may take, at most a day (a timer's range is finite).</summary>
    public TimeSpan TimeLimitFor(double mediaSeconds) =>
        TimeSpan.FromSeconds(Math.Min(MaxTimeLimitSeconds, Math.Max(MinTimeLimitSeconds, mediaSeconds * TimeLimitPerMediaSecond)));

    private const double MaxTimeLimitSeconds = 86_400;

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
