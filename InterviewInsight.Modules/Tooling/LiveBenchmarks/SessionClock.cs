namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>
/// The session clock of the simulated page. The interview side moves it on (<see cref="AdvanceToAsync"/>: the candidate
/// speaks until then); the recorder side waits for it (<see cref="WaitUntilAsync"/>: a chunk is sent once recorded).
/// </summary>
internal abstract class SessionClock
{
    public abstract double Now { get; }

    public abstract Task AdvanceToAsync(double sessionSeconds, CancellationToken ct);

    public abstract Task WaitUntilAsync(double sessionSeconds, CancellationToken ct);

    public static SessionClock For(LiveBenchmarkOptions options) =>
        options.SteppedClock ? new SteppedSessionClock() : new RealTimeSessionClock(options.Speed);
}
