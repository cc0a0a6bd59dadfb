namespace InterviewInsight.Modules.Shared.Jobs;

/// <summary>Hangfire queue names. Interactive work (answer transcription, turn decisions) never waits behind analysis.</summary>
public static class JobQueues
{
    public const string Interactive = "interactive";
    public const string Analysis = "analysis";
    public const string Default = "default";
}
