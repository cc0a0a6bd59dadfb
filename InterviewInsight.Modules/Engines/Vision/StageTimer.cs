using System.Diagnostics;

namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>Accumulates wall-clock milliseconds per pipeline stage (not thread-safe: one per run).</summary>
internal sealed class StageTimer
{
    private readonly Dictionary<string, double> milliseconds = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, double> Milliseconds => milliseconds;

    public T Time<T>(string stage, Func<T> work)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            return work();
        }
        finally
        {
            Add(stage, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    public void Add(string stage, double milliseconds) =>
        this.milliseconds[stage] = this.milliseconds.GetValueOrDefault(stage) + milliseconds;
}
