using System.Diagnostics;

namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>Wall time since the recorder started, times <paramref name="speed"/>: what a real interview gives the server.</summary>
internal sealed class RealTimeSessionClock(double speed) : SessionClock
{
    private readonly Stopwatch watch = Stopwatch.StartNew();

    public override double Now => watch.Elapsed.TotalSeconds * speed;

    public override Task AdvanceToAsync(double sessionSeconds, CancellationToken ct) => WaitUntilAsync(sessionSeconds, ct);

    public override async Task WaitUntilAsync(double sessionSeconds, CancellationToken ct)
    {
        var wait = (sessionSeconds - Now) / speed;
        if (wait > 0)
        {
            await Task.Delay(TimeSpan.FromSeconds(wait), ct);
        }
    }
}
