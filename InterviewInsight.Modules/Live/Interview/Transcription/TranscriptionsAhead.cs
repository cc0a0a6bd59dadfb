using System.Collections.Concurrent;

namespace InterviewInsight.Modules.Live.Interview.Transcription;

/// <summary>
/// The answers being transcribed ahead in this process. At most one runs per answer (chunks arrive faster than a slow
/// engine decodes), and the end of the answer stops it after its current chunk instead of racing it for the engine.
/// A stopped answer stays closed, so a chunk that arrives while its end is being handled cannot start a new pass.
/// </summary>
internal sealed class TranscriptionsAhead
{
    private static readonly TimeSpan RememberClosed = TimeSpan.FromHours(1);

    private readonly ConcurrentDictionary<string, Running> running = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTime> closed = new(StringComparer.Ordinal);

    public static string KeyFor(Guid sessionId, double answerStartSeconds) => $"{sessionId:N}/{Math.Round(answerStartSeconds * 1000)}";

    public bool IsClosed(string key) => closed.ContainsKey(key);

    /// <summary>Null when this answer is already being transcribed ahead, or has ended.</summary>
    public Running? TryStart(string key)
    {
        if (IsClosed(key))
        {
            return null;
        }

        var run = new Running(() => running.TryRemove(key, out _));
        return running.TryAdd(key, run) ? run : null;
    }

    /// <summary>
    /// The answer ended: no pass ahead starts for it any more, and the one running, if any, stops after its current
    /// chunk (waited for, bounded, so its work is saved for the caller).
    /// </summary>
    public async Task StopAsync(string key, TimeSpan wait)
    {
        var now = DateTime.UtcNow;
        closed[key] = now;
        foreach (var stale in closed.Where(c => now - c.Value > RememberClosed).Select(c => c.Key).ToList())
        {
            closed.TryRemove(stale, out _);
        }

        if (running.TryGetValue(key, out var run))
        {
            await run.StopAsync(wait);
        }
    }

    /// <remarks>The token source is not disposed: a stop may still cancel it after the run is over.</remarks>
    internal sealed class Running(Action remove) : IDisposable
    {
        private readonly CancellationTokenSource stop = new();
        private readonly TaskCompletionSource done = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationToken Token => stop.Token;

        public async Task StopAsync(TimeSpan wait)
        {
            await stop.CancelAsync();
            try
            {
                await done.Task.WaitAsync(wait);
            }
            catch (TimeoutException)
            {
                // A chunk decoding past the wait is decoded again by the caller; it no longer waits for it.
            }
        }

        public void Dispose()
        {
            remove();
            done.TrySetResult();
        }
    }
}
