using Hangfire;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Analysis.Pipeline;
using InterviewInsight.Modules.Analysis.Speech.Audio;
using InterviewInsight.Modules.Shared.Jobs;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Progress;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Analysis.Runs;

/// <summary>
/// Transcribes one answer span on the interactive queue and publishes the outcome on the progress bus, where the
/// waiting <see cref="AnswerTranscriber"/> picks it up. No retries: the interviewer cannot wait for one.
/// </summary>
internal sealed class AnswerTranscriptionJob(AnalysisEngines engines, IMediaStore store, IProgressBus bus, ILogger<AnswerTranscriptionJob> logger)
{
    public sealed record Outcome(Guid RequestId, AnswerTranscript? Transcript, string? Error);

    public static string TopicFor(Guid requestId) => $"answer-transcript/{requestId:N}";

    [Queue(JobQueues.Interactive)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid requestId, Guid sessionId, string mediaPath, double segmentOffset, double start, double end, CancellationToken ct)
    {
        // Primitive arguments: the job store serialises them, and a media key must be re-validated when read back.
        var audio = new AnswerAudio(sessionId, MediaKey.TryParse(mediaPath, out var key) ? key : throw new ArgumentException("Not a media key.", nameof(mediaPath)),
            segmentOffset, start, end);
        Outcome outcome;
        var wav = Path.Combine(Path.GetTempPath(), $"ii-answer-{requestId:N}.wav");
        try
        {
            var from = Math.Max(0, audio.Start - audio.SegmentOffsetSeconds);
            var length = Math.Max(0.1, audio.End - audio.Start);
            await FfmpegTools.RunAsync("ffmpeg", ["-v", "error", "-y", "-ss", Invariant(from), "-i", store.LocalPath(audio.Media), "-t", Invariant(length),
                "-vn", "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", "-f", "wav", wav], ct);
            var samples = WavReader.Read(wav);
            var speech = engines.Vad.DetectSpeech(samples, Speech.Vad.VadOptions.Default, ct);
            var stt = engines.SelectSpeechToText();
            var transcript = speech.Count == 0
                ? new Speech.Transcription.Transcript("", [], stt.Engine, stt.IsLowAccuracy)
                : await stt.TranscribeAsync(samples, ct);
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
        finally
        {
            File.Delete(wav);
        }

        await bus.PublishAsync(TopicFor(requestId), outcome);
    }

    private static string Invariant(double seconds) => seconds.ToString("0.###", System.Globalization.CultureInfo.InvariantCulture);
}
