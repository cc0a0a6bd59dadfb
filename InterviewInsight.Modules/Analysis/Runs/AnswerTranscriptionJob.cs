using Hangfire;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Engines.Pipeline;
using InterviewInsight.Modules.Engines.Speech.Audio;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;
using InterviewInsight.Modules.Shared.Jobs;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Progress;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Analysis.Runs;

/// <summary>
/// Transcribes answers on the interactive queue, in the chunks of <see cref="UtteranceChunkPlan"/>: ahead, while the
/// candidate is still speaking, then at the end of the answer, when only the chunks not done yet are left. The final
/// outcome goes on the progress bus, where the waiting <see cref="AnswerTranscriber"/> picks it up. No retries: the
/// interviewer cannot wait for one.
/// </summary>
internal sealed class AnswerTranscriptionJob(
    AnalysisEngines engines, IMediaStore store, AnswerChunkCache cache, TranscriptionsAhead ahead, IProgressBus bus, ILogger<AnswerTranscriptionJob> logger)
{
    /// <summary>How long the end of an answer waits for the chunk being transcribed ahead to finish.</summary>
    private static readonly TimeSpan AheadStopWait = TimeSpan.FromSeconds(15);

    public sealed record Outcome(Guid RequestId, AnswerTranscript? Transcript, string? Error);

    public static string TopicFor(Guid requestId) => $"answer-transcript/{requestId:N}";

    [Queue(JobQueues.Interactive)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid requestId, Guid sessionId, string mediaPath, double segmentOffset, double start, double end, CancellationToken ct)
    {
        var audio = new AnswerAudio(sessionId, ParseKey(mediaPath), segmentOffset, start, end);
        await ahead.StopAsync(TranscriptionsAhead.KeyFor(sessionId, start), AheadStopWait);
        Outcome outcome;
        try
        {
            var (samples, speech) = await ReadAsync(audio, ct);
            var stt = engines.SelectSpeechToText();
            var plan = UtteranceChunkPlan.Plan(speech, samples.Length / (double)WavReader.SampleRate, complete: true);
            var chunks = await ChunkedTranscription.TranscribeAsync(stt, samples, plan, cache.Load(AnswerChunkCache.KeyFor(sessionId, start)), null, ct);
            var transcript = ChunkedTranscription.Join(chunks, stt);
            var words = transcript.Words.Select(w => new AnswerWord(w.Text, w.Start + audio.Start, w.End + audio.Start, w.Confidence)).ToList();
            outcome = new Outcome(requestId, new AnswerTranscript(
                string.Join(' ', words.Select(w => w.Text)), words, transcript.Engine, transcript.LowAccuracy,
                speech.Sum(s => s.Duration), samples.Length / (double)WavReader.SampleRate), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or FileNotFoundException)
        {
            logger.LogWarning(ex, "Answer transcription {RequestId} for session {SessionId} failed", requestId, audio.SessionId);
            outcome = new Outcome(requestId, null, ex is InvalidDataException ? "The answer's audio could not be read." : ex.Message);
        }

        await bus.PublishAsync(TopicFor(requestId), outcome);
    }

    /// <summary>Transcribes the chunks of an answer still being recorded whose cuts are settled, saving each as it is done.</summary>
    [Queue(JobQueues.Interactive)]
    [AutomaticRetry(Attempts = 0)]
    public async Task TranscribeAheadAsync(Guid sessionId, string mediaPath, double segmentOffset, double start, double recordedUpTo, CancellationToken ct)
    {
        using var run = ahead.TryStart(TranscriptionsAhead.KeyFor(sessionId, start));
        if (run is null)
        {
            return;
        }

        try
        {
            var (samples, speech) = await ReadAsync(new AnswerAudio(sessionId, ParseKey(mediaPath), segmentOffset, start, recordedUpTo), run.Token);
            var plan = UtteranceChunkPlan.Plan(speech, samples.Length / (double)WavReader.SampleRate, complete: false);
            var cacheKey = AnswerChunkCache.KeyFor(sessionId, start);
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
        catch (Exception ex) when (ex is InvalidDataException or InvalidOperationException or FileNotFoundException)
        {
            // A growing file can end mid-cluster; the transcription at the end of the answer reads it whole.
            logger.LogDebug(ex, "Transcribing ahead in session {SessionId} stopped", sessionId);
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
            await FfmpegTools.RunAsync("ffmpeg", ["-v", "error", "-y", "-ss", Invariant(from), "-i", store.LocalPath(audio.Media), "-t", Invariant(length),
                "-vn", "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", "-f", "wav", wav], ct);
            var samples = WavReader.Read(wav);
            return (samples, engines.Vad.DetectSpeech(samples, VadOptions.Default, ct));
        }
        finally
        {
            File.Delete(wav);
        }
    }

    // Primitive job arguments: the job store serialises them, and a media key must be re-validated when read back.
    private static MediaKey ParseKey(string mediaPath) =>
        MediaKey.TryParse(mediaPath, out var key) ? key : throw new ArgumentException("Not a media key.", nameof(mediaPath));

    private static string Invariant(double seconds) => seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
