namespace InterviewInsight.Modules.Shared.Jobs;

/// <summary>Hangfire queue names, each served by its own server: heavy analysis, and everything else (outbox, housekeeping).</summary>
public static class JobQueues
{
    public const string Analysis = "analysis";
    public const string Default = "default";
}
