namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>
/// A clock that moves only when the simulated candidate does: time stands still while the server works, so the
/// interview follows the same script on a fast machine and on a slow, busy one (tests run on this clock).
/// </summary>
internal sealed class SteppedSessionClock : SessionClock
{
    private readonly Lock gate = new();
    private readonly List<(double At, TaskCompletionSource Reached)> waiting = [];
    private double now;

    public override double Now
    {
        get
        {
            lock (gate)
            {
                return now;
            }
        }
    }

    public override Task AdvanceToAsync(double sessionSeconds, CancellationToken ct)
    {
        List<TaskCompletionSource> reached;
        lock (gate)
        {
            now = Math.Max(now, sessionSeconds);
            reached = [.. waiting.Where(w => w.At <= now).Select(w => w.Reached)];
            waiting.RemoveAll(w => w.At <= now);
        }

        reached.ForEach(r => r.TrySetResult());
        return Task.CompletedTask;
    }

    public override Task WaitUntilAsync(double sessionSeconds, CancellationToken ct)
    {
        var reached = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (sessionSeconds <= now)
            {
                return Task.CompletedTask;
            }

            waiting.Add((sessionSeconds, reached));
        }

        return reached.Task.WaitAsync(ct);
    }
}
