using System.Collections.Concurrent;

namespace InterviewInsight.Modules.Live.Interview.Transcription;

/// <summary>
/// The answers being transcribed ahead in this process. At most one runs per answer (chunks arrive faster than a slow
/// engine decodes), and the end of the answer stops it after its current chunk instead of racing it for the engine.
/// </summary>
internal sealed class TranscriptionsAhead
{
    private readonly ConcurrentDictionary<string, Running> running = new(StringComparer.Ordinal);

    public static string KeyFor(Guid sessionId, double answerStartSeconds) => $"{sessionId:N}/{Math.Round(answerStartSeconds * 1000)}";

    /// <summary>Null when this answer is already being transcribed ahead.</summary>
    public Running? TryStart(string key)
    {
        var run = new Running(() => running.TryRemove(key, out _));
        return running.TryAdd(key, run) ? run : null;
    }

    /// <summary>Stops the transcription ahead of this answer, if any, and waits (bounded) for its current chunk to be saved.</summary>
    public async Task StopAsync(string key, TimeSpan wait)
    {
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
