using System.Diagnostics;
using InterviewInsight.Modules.Engines.Speech.Audio;
using InterviewInsight.Modules.Engines.Speech.Language;
using InterviewInsight.Modules.Engines.Speech.Pauses;
using InterviewInsight.Modules.Engines.Speech.Prosody;
using InterviewInsight.Modules.Engines.Speech.Quality;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;
using InterviewInsight.Modules.Engines.Speech.Words;

namespace InterviewInsight.Modules.Engines.Speech;

/// <summary>
/// Runs the speech pipeline on one recording: VAD, transcription (any <see cref="ISpeechToText"/>), prosody, then the
/// pure metrics for the whole recording and each span. The expensive stages run once over the whole recording; spans
/// only slice their results, so per-answer metrics cost almost nothing extra.
/// </summary>
internal sealed class SpeechAnalyzer(SileroVad vad, ISpeechToText speechToText, SpeechAnalyzerOptions? options = null)
{
    private readonly SpeechAnalyzerOptions options = options ?? SpeechAnalyzerOptions.Default;

    /// <summary>Analyses 16 kHz mono samples; throws when the speech-to-text engine cannot run (never a silent default).</summary>
    public async Task<SpeechAnalysis> AnalyzeAsync(float[] samples16k, IReadOnlyList<RecordingSpan>? spans, CancellationToken ct)
    {
        if (!speechToText.IsAvailable(out var reason))
        {
            throw new InvalidOperationException($"Speech-to-text engine '{speechToText.Engine}' is not available: {reason}");
        }

        var total = Stopwatch.StartNew();
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        var duration = samples16k.Length / (double)WavReader.SampleRate;

        var clock = Stopwatch.StartNew();
        var segments = vad.DetectSpeech(samples16k, options.Vad, ct);
        stages["vad"] = clock.Elapsed.TotalSeconds;

        // Nothing to recognise in a recording without speech: the empty transcript is the truth, and the quality gate
        // says why.
        clock.Restart();
        var transcript = segments.Count > 0
            ? await speechToText.TranscribeAsync(samples16k, ct).ConfigureAwait(false)
            : new Transcript(string.Empty, [], speechToText.Engine, speechToText.IsLowAccuracy);
        stages["transcription"] = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var track = ProsodyTrack.Compute(samples16k, segments);
        stages["prosody"] = clock.Elapsed.TotalSeconds;

        clock.Restart();
        var whole = Measure(transcript, segments, track, 0, duration);
        var spanResults = (spans ?? [])
            .Select(s => new SpeechSpanResult(s.Id, Measure(transcript, segments, track, s.Start, Math.Min(s.End, duration))))
            .ToList();
        var timeline = SpeechTimelineBuilder.Build(duration, transcript.Words, whole.Fillers.Items, segments, track, options.TimelineWpmWindowSeconds);
        var quality = AudioQualityGate.Check(samples16k, segments, transcript, options.Quality);
        if (NotEnglishCheck.IsLikelyNotEnglish(transcript, segments))
        {
            quality = [.. quality, NotEnglishCheck.Flag];
        }

        stages["metrics"] = clock.Elapsed.TotalSeconds;

        var elapsed = total.Elapsed.TotalSeconds;
        return new SpeechAnalysis(
            duration,
            transcript.Engine,
            transcript.LowAccuracy,
            whole,
            spanResults,
            segments,
            timeline,
            quality,
            new SpeechTimings(elapsed, duration > 0 ? elapsed / duration : 0, stages));
    }

    private SpeechResult Measure(Transcript transcript, IReadOnlyList<SpeechSegment> segments, ProsodyTrack track, double start, double end)
    {
        var words = WordMetrics.Compute(transcript.Words, segments, start, end);
        var spanWords = transcript.Words.Where(w => (w.Start + w.End) / 2 >= start && (w.Start + w.End) / 2 < end).ToList();
        return new SpeechResult(
            start,
            end,
            string.Join(' ', spanWords.Select(w => w.Text)),
            spanWords,
            words.WordCount,
            words.SpeakingSeconds,
            words.WordsPerMinute,
            words.WordsPerMinuteSpeaking,
            PauseStatistics.Compute(segments, start, end, options.Pauses),
            words.Fillers,
            words.Repetitions,
            words.Hedges,
            ProsodyAnalyzer.Pitch(track, start, end, options.Prosody),
            ProsodyAnalyzer.Energy(track, start, end));
    }
}
