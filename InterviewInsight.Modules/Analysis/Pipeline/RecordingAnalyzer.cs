using System.Diagnostics;
using System.Globalization;
using InterviewInsight.Modules.Analysis.Models;
using InterviewInsight.Modules.Analysis.Quality;
using InterviewInsight.Modules.Analysis.Results;
using InterviewInsight.Modules.Analysis.Speech;
using InterviewInsight.Modules.Analysis.Speech.Audio;
using InterviewInsight.Modules.Analysis.Vision;
using InterviewInsight.Modules.Analysis.Vision.Frames;

namespace InterviewInsight.Modules.Analysis.Pipeline;

/// <summary>
/// The analysis of one normalised recording, shared by the background job and the <c>analyze</c> command: speech
/// (VAD, transcript, pace, pauses, fillers, prosody), then vision (presence, gaze, head, expressions), then the fused
/// timeline. A modality that is absent or not consented is left out with a quality flag saying so, never defaulted.
/// </summary>
internal sealed class RecordingAnalyzer(AnalysisEngines engines)
{
    public const string SpeechStage = "Transcribing and measuring speech";
    public const string VisionStage = "Analysing video";
    public const string FusionStage = "Putting the results together";

    public async Task<AnalysisResult> AnalyzeAsync(AnalysisInput input, StageReporter report, CancellationToken ct)
    {
        var total = Stopwatch.StartNew();
        var stages = new Dictionary<string, double>(StringComparer.Ordinal);
        var quality = new List<QualityFlag>();

        SpeechAnalysis? speech = null;
        if (input.WavPath is not null)
        {
            await report(SpeechStage, 10);
            var clock = Stopwatch.StartNew();
            var samples = WavReader.Read(input.WavPath);
            var duration = samples.Length / (double)WavReader.SampleRate;
            var spans = AnswerSpans(input.Answers, input.DurationSeconds ?? duration).Select(a => new SpeechSpan(a.Id, a.Start, a.End)).ToList();
            speech = await new SpeechAnalyzer(engines.Vad, engines.SelectSpeechToText()).AnalyzeAsync(samples, spans, ct);
            quality.AddRange(speech.Quality);
            stages["speech"] = clock.Elapsed.TotalSeconds;
        }
        else
        {
            quality.Add(QualityFlag.Audio("no-audio", "The recording has no audio: there is no transcript and no voice analysis."));
        }

        VisionRecordingResult? vision = null;
        if (input.VideoPath is not null && input.Settings.VideoConsent)
        {
            await report(VisionStage, speech is null ? 10 : 50);
            var clock = Stopwatch.StartNew();
            var duration = input.DurationSeconds ?? speech?.DurationSeconds ?? 0;
            var spans = AnswerSpans(input.Answers, duration).Select(a => new VisionSpan(a.Id, a.Start, a.End)).ToList();
            vision = new VisionAnalyzer(engines.Vision).Analyze(input.VideoPath, VisionOptionsFor(input.Settings), spans, speech?.SpeechSegments, ct);
            quality.AddRange(vision.Whole.Quality);
            stages["vision"] = clock.Elapsed.TotalSeconds;
        }
        else
        {
            quality.Add(input.VideoPath is null
                ? QualityFlag.Video("no-video", "Audio-only recording: no presence analysis (eye contact, head movement).")
                : QualityFlag.Video("not-consented", "Video analysis was not consented for this session: no presence analysis."));
        }

        await report(FusionStage, 95);
        var durationSeconds = speech?.DurationSeconds ?? vision?.Timings.MediaSeconds ?? input.DurationSeconds ?? 0;
        var answers = AnswerSpans(input.Answers, durationSeconds)
            .Select(a => new AnswerResult(
                a.Id, a.Question, a.Start, a.End,
                speech?.Spans.FirstOrDefault(s => s.Id == a.Id)?.Speech,
                vision?.Spans.FirstOrDefault(s => s.Id == a.Id)?.Vision))
            .ToList();
        total.Stop();
        stages["total"] = total.Elapsed.TotalSeconds;
        return new AnalysisResult
        {
            SessionId = input.SessionId,
            DurationSeconds = Math.Round(durationSeconds, 3),
            Engines = new ResultEngines(speech?.Engine, speech?.LowAccuracy ?? false, vision?.Engine, null, null),
            Provenance = new ResultProvenance(ModelHashes(engines.ModelsPath), SettingsProvenance(input.Settings)),
            Speech = speech?.Speech,
            Vision = vision?.Whole,
            Answers = answers,
            Timeline = FuseTimeline(speech, vision),
            Quality = quality,
            Timings = new ResultTimings(
                Math.Round(total.Elapsed.TotalSeconds, 3),
                durationSeconds > 0 ? Math.Round(total.Elapsed.TotalSeconds / durationSeconds, 4) : 0,
                stages.ToDictionary(s => s.Key, s => Math.Round(s.Value, 3), StringComparer.Ordinal)),
        };
    }

    /// <summary>Answers as spans that end where the next begins (or at the end of the recording); empty when none were marked.</summary>
    internal static IReadOnlyList<(string Id, string Question, double Start, double End)> AnswerSpans(IReadOnlyList<AnswerInput> answers, double duration)
    {
        var ordered = answers.OrderBy(a => a.Start).ToList();
        return [.. ordered.Select((a, i) => (a.Id, a.Question, a.Start,
            Math.Min(duration, a.End ?? (i + 1 < ordered.Count ? ordered[i + 1].Start : duration))))];
    }

    private static VisionOptions VisionOptionsFor(AnalysisSettings settings) => new()
    {
        SamplingRate = settings.AllFrames ? FrameSamplingRate.Parse("all") : FrameSamplingRate.Parse(settings.VideoSampleFps.ToString(CultureInfo.InvariantCulture)),
        ExpressionsEnabled = settings.ExpressionsEnabled,
        CalibrationStartSeconds = settings.CalibrationStartSeconds,
        CalibrationEndSeconds = settings.CalibrationEndSeconds,
    };

    private static ResultTimeline FuseTimeline(SpeechAnalysis? speech, VisionRecordingResult? vision)
    {
        var series = new SortedDictionary<string, IReadOnlyList<double?>>(StringComparer.Ordinal);
        foreach (var (name, values) in speech?.Timeline.Series ?? new Dictionary<string, double?[]>())
        {
            series[name] = values;
        }

        foreach (var (name, values) in vision?.Whole.Timeline.Series ?? new Dictionary<string, IReadOnlyList<double?>>())
        {
            series[name] = values;
        }

        return new ResultTimeline(1, series);
    }

    private static Dictionary<string, string> SettingsProvenance(AnalysisSettings settings) => new(StringComparer.Ordinal)
    {
        ["videoSampleFps"] = settings.AllFrames ? "all" : settings.VideoSampleFps.ToString(CultureInfo.InvariantCulture),
        ["videoConsent"] = settings.VideoConsent ? "true" : "false",
        ["expressions"] = settings.ExpressionsEnabled ? "true" : "false",
        ["calibration"] = settings.CalibrationEndSeconds is { } end ? $"{settings.CalibrationStartSeconds ?? 0:0.##}-{end:0.##}" : "estimated",
        ["jobDescription"] = settings.JobDescription is null ? "none" : "given",
    };

    private static Dictionary<string, string> ModelHashes(string modelsPath)
    {
        var manifest = ModelManifest.Load(ModelManifest.DefaultPath);
        return manifest.Models.Where(m => !m.IsSystemFile && File.Exists(m.FullPath(modelsPath)))
            .ToDictionary(m => m.Name, m => m.Sha256 ?? "unverified", StringComparer.Ordinal);
    }
}
