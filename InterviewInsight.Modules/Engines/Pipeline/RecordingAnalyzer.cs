using System.Diagnostics;
using System.Globalization;
using InterviewInsight.Modules.Engines.Content;
using InterviewInsight.Modules.Engines.Models;
using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Engines.Scoring;
using InterviewInsight.Modules.Engines.Speech;
using InterviewInsight.Modules.Engines.Speech.Audio;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Engines.Vision.Frames;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace InterviewInsight.Modules.Engines.Pipeline;

/// <summary>
/// The analysis of one normalised recording, shared by the background job and the <c>analyze</c> command: speech
/// (VAD, transcript, pace, pauses, fillers, prosody), then vision (presence, gaze, head, expressions), then the fused
/// timeline. A modality that is absent or not consented is left out with a quality flag saying so, never defaulted.
/// A modality whose engine is missing (checked before any decoding) or fails is left out the same way with an
/// <c>engine-unavailable</c> flag; content drops with speech. The run fails only when nothing can be measured.
/// </summary>
internal sealed class RecordingAnalyzer(AnalysisEngines engines, ILogger<RecordingAnalyzer>? logger = null)
{
    public const string SpeechStage = "Transcribing and measuring speech";
    public const string VisionStage = "Analysing video";
    public const string FusionStage = "Analysing content and scoring";

    /// <summary>The answer id used when no questions were marked.</summary>
    public const string WholeRecordingId = "recording";

    private readonly ILogger log = logger ?? NullLogger<RecordingAnalyzer>.Instance;

    /// <summary>
    /// Fails at once, before the media is normalised or its audio extracted, when no modality of a recording with these
    /// tracks has its engines installed (pass true for a track that is not known yet).
    /// </summary>
    public void ThrowIfNothingCanBeMeasured(AnalysisSettings settings, bool hasAudio, bool hasVideo, bool hasTranscript) =>
        ModalityReadiness.Check(engines, settings, hasAudio, hasVideo, hasTranscript).ThrowIfNothingToMeasure();

    public async Task<AnalysisResult> AnalyzeAsync(AnalysisInput input, StageReporter report, CancellationToken ct)
    {
        // Models first: a missing engine drops its modality now, not after minutes of decoding.
        var readiness = ModalityReadiness.Check(engines, input);
        if (readiness.HasGaps)
        {
            log.LogWarning("Analysis of session {SessionId} leaves modalities out, models missing in {ModelsPath}: {Missing}",
                input.SessionId, engines.ModelsPath, readiness.Describe());
        }

        readiness.ThrowIfNothingToMeasure();
        if (!readiness.ExpressionsReady)
        {
            input = input with { Settings = input.Settings with { ExpressionsEnabled = false } };
        }

        var total = Stopwatch.StartNew();
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        var quality = new List<QualityFlag>(readiness.Flags());
        var failures = new List<Exception>();

        // Video is observed on another core while speech is analysed; only the summary waits for speech (look-aways
        // while speaking), so the stage times overlap and "total" is less than their sum.
        using var stopVideo = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var videoOn = input.VideoPath is not null && input.Settings.VideoConsent;
        var observing = readiness.VisionReady ? Task.Run(() => ObserveVideo(input, stages, stopVideo.Token), stopVideo.Token) : null;

        SpeechAnalysis? speech = null;
        var audioOn = input.WavPath is not null && input.Settings.AudioConsent;
        if (readiness.SpeechReady)
        {
            await report(SpeechStage, 10);
            var clock = Stopwatch.StartNew();
            float[] samples;
            try
            {
                samples = WavReader.Read(input.WavPath!);
            }
            catch
            {
                // An unreadable recording is not an engine failure: the run fails with it.
                await stopVideo.CancelAsync();
                throw;
            }

            var duration = samples.Length / (double)WavReader.SampleRate;
            var spans = AnswerSpans(input.Answers, input.DurationSeconds ?? duration);
            try
            {
                ISpeechToText stt = input.AnswersTranscript is { } done ? new PrecomputedSpeechToText(done) : engines.SelectSpeechToText();
                speech = await new SpeechAnalyzer(engines.Vad, stt).AnalyzeAsync(samples, spans, ct);
                quality.AddRange(speech.Quality);
                lock (stages)
                {
                    stages["speech"] = clock.Elapsed.TotalSeconds;
                }
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                log.LogWarning(ex, "Speech engine failed for session {SessionId}: speech and content are left out", input.SessionId);
                failures.Add(ex);
                quality.Add(QualityFlag.Audio(QualityFlag.EngineUnavailable,
                    "Speech was not analysed: the speech engine failed (the server log has the reason), so there is no transcript and no voice analysis."));
                quality.Add(ModalityReadiness.ContentDroppedWithSpeech);
            }
        }
        else if (!audioOn)
        {
            quality.Add(input.WavPath is null
                ? QualityFlag.Audio("no-audio", "The recording has no audio: there is no transcript and no voice analysis.")
                : QualityFlag.Audio("not-consented", "Voice and transcript analysis was not consented for this session."));
        }

        VisionRecordingResult? vision = null;
        if (observing is not null)
        {
            await report(VisionStage, speech is null ? 10 : 50);
            try
            {
                var observed = await observing;
                var spans = AnswerSpans(input.Answers, observed.MediaSeconds);
                vision = new VisionAnalyzer(engines.Vision).Summarise(observed, VisionOptionsFor(input.Settings), spans, speech?.SpeechSegments);
                quality.AddRange(vision.Whole.Quality);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested)
            {
                log.LogWarning(ex, "Vision engine failed for session {SessionId}: presence is left out", input.SessionId);
                failures.Add(ex);
                quality.Add(QualityFlag.Video(QualityFlag.EngineUnavailable,
                    "Presence was not analysed (eye contact, head movement): the vision engine failed (the server log has the reason)."));
            }
        }
        else if (!videoOn)
        {
            quality.Add(input.VideoPath is null
                ? QualityFlag.Video("no-video", "Audio-only recording: no presence analysis (eye contact, head movement).")
                : QualityFlag.Video("not-consented", "Video analysis was not consented for this session: no presence analysis."));
        }

        if (speech is null && vision is null && failures.Count > 0)
        {
            throw new NothingToMeasureException(
                "Nothing in this recording could be analysed: " + string.Join(" ", quality.Where(q => q.Code == QualityFlag.EngineUnavailable).Select(q => q.Message)),
                failures[0]);
        }

        await report(FusionStage, 90);
        var durationSeconds = speech?.DurationSeconds ?? vision?.Timings.MediaSeconds ?? input.DurationSeconds ?? 0;
        var clockContent = Stopwatch.StartNew();
        var answerSpans = AnswerSpans(input.Answers, durationSeconds);
        var contents = await AnalyzeContentAsync(input, answerSpans, speech, quality, ct);
        var answers = answerSpans.Select((span, i) => new ScoringAnswer(span.Id, span.Question, span.Start, span.End,
            speech?.Spans.FirstOrDefault(s => s.Id == span.Id)?.Speech, vision?.Spans.FirstOrDefault(v => v.Id == span.Id)?.Vision, contents[i])).ToList();

        var scoringInput = new ScoringInput(durationSeconds, speech?.Speech, vision?.Whole, answers, quality, ScoringOptionsFor(input.Settings));
        var scores = ScoreCalculator.Calculate(scoringInput);
        var segments = SegmentFinder.Find(scoringInput);
        var timeline = TimelineFusion.Merge(durationSeconds, speech?.Timeline, vision?.Whole,
            [.. answers.Where(a => a.Content is not null).Select(a => a.Content!)], speech?.Speech.Fillers.Items ?? []);
        stages["content"] = clockContent.Elapsed.TotalSeconds;

        // Last in the list, so the dashboard never reads it as the reason a whole score is missing.
        if (input.Settings.Accommodation)
        {
            quality.Add(AccommodationNotice.Flag);
        }

        total.Stop();
        stages["total"] = total.Elapsed.TotalSeconds;
        return new AnalysisResult
        {
            SessionId = input.SessionId,
            DurationSeconds = Math.Round(durationSeconds, 3),
            Engines = new ResultEngines(speech?.Engine, speech?.LowAccuracy ?? false, vision?.Engine,
                answers.Any(a => a.Content is not null) ? engines.Embedder.Engine : null,
                answers.Select(a => a.Content?.Judge?.Engine).FirstOrDefault(e => e is not null)),
            Provenance = new ResultProvenance(ModelHashes(engines.ModelsPath), SettingsProvenance(input.Settings)),
            Speech = speech?.Speech,
            Vision = vision?.Whole,
            Answers = [.. answers.Select(a => new AnswerResult(a.Id, a.Question, a.Start, a.End, a.Speech, a.Vision, a.Content,
                ScoreCalculator.CalculateAnswer(scoringInput, a)))],
            Scores = scores,
            Segments = segments,
            Recommendations = RecommendationRanker.Rank(scores, segments),
            Timeline = new ResultTimeline(timeline.StepSeconds, timeline.Series.ToDictionary(x => x.Key, x => (IReadOnlyList<double?>)x.Value, StringComparer.Ordinal)),
            Quality = quality,
            Timings = new ResultTimings(
                Math.Round(total.Elapsed.TotalSeconds, 3),
                durationSeconds > 0 ? Math.Round(total.Elapsed.TotalSeconds / durationSeconds, 4) : 0,
                stages.ToDictionary(s => s.Key, s => Math.Round(s.Value, 3), StringComparer.Ordinal)),
        };
    }

    /// <summary>
    /// Each answer's content (null without words, or when the speech did not sound like English); a failing content engine
    /// leaves content out of every answer with a flag.
    /// </summary>
    private async Task<IReadOnlyList<AnswerContent?>> AnalyzeContentAsync(
        AnalysisInput input, IReadOnlyList<RecordingSpan> spans, SpeechAnalysis? speech, List<QualityFlag> quality, CancellationToken ct)
    {
        // Another language read by an English recogniser gives English words that were never said: no content is built on them.
        if (speech is not null && speech.Quality.Any(q => q.Code == QualityFlag.NotEnglish))
        {
            return [.. spans.Select(_ => (AnswerContent?)null)];
        }

        var contents = new List<AnswerContent?>();
        try
        {
            ContentAnalyzer? analyzer = null;
            foreach (var span in spans)
            {
                var answerSpeech = speech?.Spans.FirstOrDefault(s => s.Id == span.Id)?.Speech;
                if (answerSpeech is not { Words.Count: > 0 })
                {
                    contents.Add(null);
                    continue;
                }

                analyzer ??= new ContentAnalyzer(engines.Embedder, engines.Sentiment, engines.Judge);
                contents.Add(await analyzer.AnalyzeAsync(
                    new AnswerContentRequest(span.Id, span.Question, answerSpeech.Words, span.Start, span.End, input.Settings.JobDescription), ct));
            }

            return contents;
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            log.LogWarning(ex, "Content engine failed for session {SessionId}: content is left out", input.SessionId);
            quality.Add(QualityFlag.Content(QualityFlag.EngineUnavailable, "Content was not analysed: the content engine failed (the server log has the reason)."));
            return [.. spans.Select(_ => (AnswerContent?)null)];
        }
    }

    private ObservedVideo ObserveVideo(AnalysisInput input, Dictionary<string, double> stages, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var analyzer = new VisionAnalyzer(engines.Vision);
        var options = VisionOptionsFor(input.Settings);
        var observed = input.ObservedAhead.Count > 0 && input.DurationSeconds is { } duration
            ? analyzer.Observe(input.VideoPath!, options, input.ObservedAhead, duration, ct)
            : analyzer.Observe(input.VideoPath!, options, ct);
        lock (stages)
        {
            stages["vision"] = clock.Elapsed.TotalSeconds;
        }

        return observed;
    }

    /// <summary>
    /// Answers as spans that end where the next begins (or at the end of the recording). Without marked questions the
    /// whole recording is one answer to an unknown question, so content is still analysed (relevance is then not measured).
    /// </summary>
    internal static IReadOnlyList<RecordingSpan> AnswerSpans(IReadOnlyList<AnswerInput> answers, double duration)
    {
        var ordered = answers.Count > 0 ? answers.OrderBy(a => a.Start).ToList() : [new AnswerInput(WholeRecordingId, null, 0, duration)];
        return [.. ordered.Select((a, i) => new RecordingSpan(a.Id, a.Start, Math.Min(duration, a.End ?? (i + 1 < ordered.Count ? ordered[i + 1].Start : duration)))
        {
            Question = a.Question,
        })];
    }

    /// <summary>The vision options a result's settings stand for; answers analysed ahead use the same ones.</summary>
    internal static VisionOptions VisionOptionsFor(AnalysisSettings settings) => new()
    {
        SamplingRate = settings.AllFrames ? FrameSamplingRate.Parse("all") : FrameSamplingRate.Parse(settings.VideoSampleFps.ToString(CultureInfo.InvariantCulture)),
        ExpressionsEnabled = settings.ExpressionsEnabled,
        Landmarks = settings.VisionLandmarks,
        CalibrationStartSeconds = settings.CalibrationStartSeconds,
        CalibrationEndSeconds = settings.CalibrationEndSeconds,
    };

    private static ScoringOptions? ScoringOptionsFor(AnalysisSettings settings) =>
        settings.Accommodation ? ScoringOptions.Default with { AccommodationMode = true } : null;

    /// <summary>The settings that shape the result; <c>accommodation</c> is written only when on, so older results read as off.</summary>
    private static Dictionary<string, string> SettingsProvenance(AnalysisSettings settings)
    {
        var provenance = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["videoSampleFps"] = settings.AllFrames ? "all" : settings.VideoSampleFps.ToString(CultureInfo.InvariantCulture),
            ["audioConsent"] = settings.AudioConsent ? "true" : "false",
            ["videoConsent"] = settings.VideoConsent ? "true" : "false",
            ["expressions"] = settings.ExpressionsEnabled ? "true" : "false",
            ["calibration"] = settings.CalibrationEndSeconds is { } end ? $"{settings.CalibrationStartSeconds ?? 0:0.##}-{end:0.##}" : "estimated",
            ["jobDescription"] = settings.JobDescription is null ? "none" : "given",
        };
        if (settings.Accommodation)
        {
            provenance[AccommodationNotice.ProvenanceKey] = "on";
        }

        return provenance;
    }

    private static Dictionary<string, string> ModelHashes(string modelsPath)
    {
        var manifest = ModelManifest.Load(ModelManifest.DefaultPath);
        return manifest.Models.Where(m => !m.IsSystemFile && File.Exists(m.FullPath(modelsPath)))
            .ToDictionary(m => m.Name, m => m.Sha256 ?? "unverified", StringComparer.Ordinal);
    }
}
