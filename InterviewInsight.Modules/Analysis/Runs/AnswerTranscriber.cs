using System.Collections.Concurrent;
using Hangfire;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Shared.Progress;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.Extensions.Configuration;

namespace InterviewInsight.Modules.Analysis.Runs;

/// <summary>Hands an answer to the interactive queue and waits for its transcript on the progress bus.</summary>
internal sealed class AnswerTranscriber(IBackgroundJobClient jobs, IProgressBus bus, IConfiguration config, IClock clock) : IAnswerTranscriber
{
    /// <summary>Chunks come every few seconds; one transcription ahead per answer in this interval is all the engine can use.</summary>
    private static readonly TimeSpan AheadInterval = TimeSpan.FromSeconds(2);

    private readonly ConcurrentDictionary<string, DateTime> lastAhead = new(StringComparer.Ordinal);

    public async Task<AnswerTranscript> TranscribeAsync(AnswerAudio audio, CancellationToken ct = default)
    {
        if (audio.End <= audio.Start)
        {
            throw new ArgumentException("An answer must end after it starts.", nameof(audio));
        }

        var requestId = Guid.NewGuid();
        var outcome = new TaskCompletionSource<AnswerTranscriptionJob.Outcome>(TaskCreationOptions.RunContinuationsAsynchronously);

        // Subscribe before enqueueing, so even an instant job cannot publish before anyone listens.
        using var subscription = bus.Subscribe<AnswerTranscriptionJob.Outcome>(AnswerTranscriptionJob.TopicFor(requestId), o =>
        {
            outcome.TrySetResult(o);
            return Task.CompletedTask;
        });
        var (sessionId, mediaPath, offset, start, end) = (audio.SessionId, audio.Media.Path, audio.SegmentOffsetSeconds, audio.Start, audio.End);
        jobs.Enqueue<AnswerTranscriptionJob>(j => j.RunAsync(requestId, sessionId, mediaPath, offset, start, end, CancellationToken.None));

        var timeout = TimeSpan.FromSeconds(config.GetValue("Analysis:AnswerTranscriptionTimeoutSeconds", 60));
        AnswerTranscriptionJob.Outcome result;
        try
        {
            result = await outcome.Task.WaitAsync(timeout, ct);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The answer was not transcribed within {timeout.TotalSeconds:0} s: no worker took the interactive job.");
        }

        return result.Transcript ?? throw new InvalidOperationException(result.Error ?? "The answer could not be transcribed.");
    }

    public void TranscribeAhead(AnswerAudio recordedSoFar)
    {
        var now = clock.UtcNow;
        var key = TranscriptionsAhead.KeyFor(recordedSoFar.SessionId, recordedSoFar.Start);
        if (recordedSoFar.End <= recordedSoFar.Start || (lastAhead.TryGetValue(key, out var last) && now - last < AheadInterval))
        {
            return;
        }

        lastAhead[key] = now;
        foreach (var stale in lastAhead.Where(e => now - e.Value > TimeSpan.FromHours(1)).Select(e => e.Key).ToList())
        {
            lastAhead.TryRemove(stale, out _);
        }

        var (sessionId, mediaPath, offset, start, end) = (recordedSoFar.SessionId, recordedSoFar.Media.Path, recordedSoFar.SegmentOffsetSeconds, recordedSoFar.Start, recordedSoFar.End);
        jobs.Enqueue<AnswerTranscriptionJob>(j => j.TranscribeAheadAsync(sessionId, mediaPath, offset, start, end, CancellationToken.None));
    }
}
