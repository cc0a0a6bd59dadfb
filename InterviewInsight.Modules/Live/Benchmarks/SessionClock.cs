using System.Diagnostics;

namespace InterviewInsight.Modules.Live.Benchmarks;

/// <summary>The session clock of the simulated page: wall time since the recorder started, times <see cref="Speed"/>.</summary>
internal sealed class SessionClock(double speed)
{
    private readonly Stopwatch watch = Stopwatch.StartNew();

    public double Speed => speed;

    public double Now => watch.Elapsed.TotalSeconds * speed;

    public async Task WaitUntilAsync(double sessionSeconds, CancellationToken ct)
    {
        var wait = (sessionSeconds - Now) / speed;
        if (wait > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(wait), ct);
        }
    }
}
