using System.Diagnostics;
using InterviewInsight.Modules.Live.Recording;

namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>
/// The page's uploader: each chunk goes to <see cref="ChunkReceiver"/> once its last second has been recorded, one at a
/// time and in order, like the page's upload queue. Runs on its own, as MediaRecorder does, until it is stopped.
/// </summary>
internal sealed class ChunkFeeder(ChunkReceiver receiver, string ownerId, Guid sessionId, BrowserRecording recording, SessionClock clock) : IDisposable
{
    private readonly List<double> receiveSeconds = [];
    private readonly CancellationTokenSource stopping = new();
    private Task running = Task.CompletedTask;
    private int delivered;

    /// <summary>How long each ReceiveAsync call took (wall seconds), in chunk order.</summary>
    public IReadOnlyList<double> ReceiveSeconds
    {
        get
        {
            lock (receiveSeconds)
            {
                return [.. receiveSeconds];
            }
        }
    }

    public int Delivered => Volatile.Read(ref delivered);

    public void Start(CancellationToken ct) => running = Task.Run(() => FeedAsync(ct), ct);

    /// <summary>Waits until every chunk that ends at or before <paramref name="sessionSeconds"/> is stored (the page's flush).</summary>
    public async Task FlushAsync(double sessionSeconds, CancellationToken ct)
    {
        var needed = recording.Chunks.Count(c => c.End <= sessionSeconds + 1e-6);
        while (Delivered < needed)
        {
            if (running.IsCompleted)
            {
                await running; // surfaces an upload failure
                throw new InvalidOperationException($"The recording ran out before {sessionSeconds:0.0} s.");
            }

            await Task.Delay(5, ct);
        }
    }

    /// <summary>The recorder stops: chunks already recorded are flushed, nothing later is sent.</summary>
    public async Task StopAsync(double sessionSeconds, CancellationToken ct)
    {
        await FlushAsync(sessionSeconds, ct);
        await stopping.CancelAsync();
        await running;
    }

    public void Dispose() => stopping.Dispose();

    private async Task FeedAsync(CancellationToken ct)
    {
        foreach (var chunk in recording.Chunks)
        {
            try
            {
                using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, stopping.Token);
                await clock.WaitUntilAsync(chunk.End, either.Token);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                return;
            }

            var watch = Stopwatch.StartNew();
            using var body = new MemoryStream(chunk.Bytes, writable: false);
            await receiver.ReceiveAsync(ownerId, sessionId, 0, chunk.Index, recording.MimeType, chunk.Sha256, chunk.End, chunk.Bytes.Length, body, ct);
            lock (receiveSeconds)
            {
                receiveSeconds.Add(watch.Elapsed.TotalSeconds);
            }

            Interlocked.Increment(ref delivered);
        }
    }
}
