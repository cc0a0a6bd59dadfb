using System.Collections.Concurrent;
using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Modules.Engines.Speech.Audio;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Time;
using InterviewInsight.Modules.Shared.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Live.Interview.Transcription;

/// <summary>
/// Transcribes answers for the interviewer, in this process (the node serving the interview), in the chunks of
/// <see cref="UtteranceChunkPlan"/>: ahead, while the candidate is still speaking, then at the end of the answer, when
/// only the chunks not done yet are left. <c>Jobs:InteractiveWorkers</c> bounds both kinds of work, each with slots of
/// its own: work ahead takes a slot only when one is free and never holds one the end of an answer needs, and nothing
/// here ever waits behind the analysis queue.
/// </summary>
internal sealed class AnswerTranscriber : IDisposable
{
    /// <summary>Chunks come every few seconds; one pass ahead per answer in this interval is all the engine can use.</summary>
    private static readonly TimeSpan AheadInterval = TimeSpan.FromSeconds(2);

    /// <summary>How long the end of an answer waits for the chunk being transcribed ahead to finish.</summary>
    private static readonly TimeSpan AheadStopWait = TimeSpan.FromSeconds(15);

    private readonly AnalysisEngines engines;
    private readonly IMediaStore store;
    private readonly AnswerChunkCache cache;
    private readonly TranscriptionsAhead ahead;
    private readonly IClock clock;
    private readonly ILogger<AnswerTranscriber> logger;
    private readonly TimeSpan timeout;
    private readonly SemaphoreSlim answerSlots;
    private readonly SemaphoreSlim aheadSlots;
    private readonly ConcurrentDictionary<string, DateTime> lastAhead = new(StringComparer.Ordinal);

    public AnswerTranscriber(
        AnalysisEngines engines, IMediaStore store, AnswerChunkCache cache, TranscriptionsAhead ahead, IClock clock, IOptions<JobsOptions> jobs, IOptions<AnalysisOptions> analysis, ILogger<AnswerTranscriber> logger)
    {
        (this.engines, this.store, this.cache, this.ahead, this.clock, this.logger) = (engines, store, cache, ahead, clock, logger);
        timeout = TimeSpan.FromSeconds(analysis.Value.AnswerTranscriptionTimeoutSeconds);
        var workers = jobs.Value.InteractiveWorkers;
        answerSlots = new SemaphoreSlim(workers, workers);
        aheadSlots = new SemaphoreSlim(workers, workers);
    }

    /// <exception cref="TimeoutException">Not done within <c>Analysis:AnswerTranscriptionTimeoutSeconds</c>.</exception>
    /// <exception cref="InvalidOperationException">The audio could not be transcribed; the message says why.</exception>
    public async Task<AnswerTranscript> TranscribeAsync(AnswerAudio audio, CancellationToken ct = default)
    {
        if (audio.End <= audio.Start)
        {
            throw new ArgumentException("An answer must end after it starts.", nameof(audio));
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await StopAheadAsync(audio.SessionId, audio.Start);
            await answerSlots.WaitAsync(limit.Token);
            try
            {
                return await Task.Run(() => TranscribeNowAsync(audio, limit.Token), limit.Token);
            }
            finally
            {
                answerSlots.Release();
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new TimeoutException($"The answer was not transcribed within {timeout.TotalSeconds:0} s.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Whatever the engine or the media did (an unreadable file, an endpoint error, a model failure), the
            // interviewer gets a reason and moves on; the interview itself never fails on it.
            logger.LogWarning(ex, "The answer of session {SessionId} at {Start} s could not be transcribed", audio.SessionId, audio.Start);
            throw new InvalidOperationException(ex is InvalidDataException ? "The answer's audio could not be read." : ex.Message, ex);
        }
    }

    /// <summary>The answer ended (answered, skipped or empty): nothing more is transcribed ahead for it.</summary>
    public Task StopAheadAsync(Guid sessionId, double answerStartSeconds) =>
        ahead.StopAsync(TranscriptionsAhead.KeyFor(sessionId, answerStartSeconds), AheadStopWait);

    /// <summary>
    /// The answer is still being recorded (<see cref="AnswerAudio.End"/> = what is recorded so far): its finished
    /// utterances are transcribed in the background, so <see cref="TranscribeAsync"/> at its end has only the last
    /// few seconds left to do. Returns at once; calls faster than the work can use, or while every slot is busy, are ignored.
    /// </summary>
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

        if (ahead.IsClosed(key) || !aheadSlots.Wait(0))
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await TranscribeAheadNowAsync(recordedSoFar, key);
            }
            finally
            {
                aheadSlots.Release();
            }
        });
    }

    public void Dispose()
    {
        answerSlots.Dispose();
        aheadSlots.Dispose();
    }

    private async Task<AnswerTranscript> TranscribeNowAsync(AnswerAudio audio, CancellationToken ct)
    {
        var (samples, speech) = await ReadAsync(audio, ct);
        var stt = engines.SelectSpeechToText();
        var plan = UtteranceChunkPlan.Plan(speech, samples.Length / (double)WavReader.SampleRate, complete: true);
        var chunks = await ChunkedTranscription.TranscribeAsync(stt, samples, plan, cache.Load(AnswerChunkCache.KeyFor(audio.SessionId, audio.Start)), null, ct);
        var transcript = ChunkedTranscription.Join(chunks, stt);
        var words = transcript.Words.Select(w => w with { Start = w.Start + audio.Start, End = w.End + audio.Start }).ToList();
        return new AnswerTranscript(string.Join(' ', words.Select(w => w.Text)), words, transcript.Engine, transcript.LowAccuracy,
            speech.Sum(s => s.Duration), samples.Length / (double)WavReader.SampleRate);
    }

    /// <summary>Transcribes the chunks of an answer still being recorded whose cuts are settled, saving each as it is done.</summary>
    private async Task TranscribeAheadNowAsync(AnswerAudio audio, string key)
    {
        using var run = ahead.TryStart(key);
        if (run is null)
        {
            return;
        }

        try
        {
            var (samples, speech) = await ReadAsync(audio, run.Token);
            var plan = UtteranceChunkPlan.Plan(speech, samples.Length / (double)WavReader.SampleRate, complete: false);
            var cacheKey = AnswerChunkCache.KeyFor(audio.SessionId, audio.Start);
            var done = cache.Load(cacheKey).ToList();
            await ChunkedTranscription.TranscribeAsync(engines.SelectSpeechToText(), samples, plan, done, async chunk =>
            {
                done.Add(chunk);
                await cache.SaveAsync(cacheKey, done, CancellationToken.None);
            }, run.Token);
        }
        catch (OperationCanceledException)
        {
            // The answer ended: its own transcription takes over from the last chunk saved.
        }
        catch (Exception ex)
        {
            // Only ever a head start (a growing file can end mid-cluster, an engine can fail): the transcription at the
            // end of the answer reads the answer whole and reports what goes wrong then.
            logger.LogDebug(ex, "Transcribing ahead in session {SessionId} stopped", audio.SessionId);
        }
    }

    /// <summary>The answer's audio (16 kHz mono, from its start) and the speech the VAD found in it.</summary>
    private async Task<(float[] Samples, IReadOnlyList<SpeechSegment> Speech)> ReadAsync(AnswerAudio audio, CancellationToken ct)
    {
        var wav = Path.Combine(Path.GetTempPath(), $"ii-answer-{Guid.NewGuid():N}.wav");
        try
        {
            var from = Math.Max(0, audio.Start - audio.SegmentOffsetSeconds);
            var length = Math.Max(0.1, audio.End - audio.Start);
            await ExternalTool.RunAsync("ffmpeg", ExternalTool.MonoWav16kArgs(store.LocalPath(audio.Media), wav, from, length), ct);
            var samples = WavReader.Read(wav);
            return (samples, engines.Vad.DetectSpeech(samples, VadOptions.Default, ct));
        }
        finally
        {
            File.Delete(wav);
        }
    }
}
