namespace InterviewInsight.Modules.Shared.Time;

/// <summary>The one source of "now" (UTC), so tests and jobs agree on time.</summary>
public interface IClock
{
    DateTime UtcNow { get; }
}
