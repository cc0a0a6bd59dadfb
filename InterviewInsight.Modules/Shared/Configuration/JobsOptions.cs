using System.ComponentModel.DataAnnotations;

namespace InterviewInsight.Modules.Shared.Configuration;

/// <summary>The <c>Jobs</c> section: how much work a process takes on at once.</summary>
public sealed record JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Answers the interviewer transcribes at once in the process serving the interview.</summary>
    [Range(1, 64, ErrorMessage = "Jobs:InteractiveWorkers must be between 1 and 64.")]
    public int InteractiveWorkers { get; init; } = 2;

    [Range(1, 64, ErrorMessage = "Jobs:AnalysisWorkers must be between 1 and 64.")]
    public int AnalysisWorkers { get; init; } = 1;

    [Range(1, 64, ErrorMessage = "Jobs:DefaultWorkers must be between 1 and 64.")]
    public int DefaultWorkers { get; init; } = 2;
}

/// <summary>The <c>Outbox</c> section.</summary>
public sealed record OutboxOptions
{
    public const string Section = "Outbox";

    [Range(50, 60_000, ErrorMessage = "Outbox:PollMilliseconds must be between 50 and 60000.")]
    public int PollMilliseconds { get; init; } = 1000;
}
