using System.Diagnostics;
using InterviewInsight.Modules.Engines.Speech.Vad;
using InterviewInsight.Modules.Engines.Vision.Aggregation;
using InterviewInsight.Modules.Engines.Vision.Frames;
using InterviewInsight.Modules.Engines.Vision.Geometry;
using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>
/// Entry point of the vision analysis: decodes a recording, runs the per-frame pipeline on the sampled frames, fixes the
/// personal gaze baseline, and summarises the whole recording and each requested span.
/// </summary>
internal sealed class VisionAnalyzer(VisionModels models)
{
    /// <summary>The rate "every frame" decodes a stretch at (browsers record at 30 fps).</summary>
    private const double EveryFrameRate = 30;

    public VisionRecordingResult Analyze(
        string videoPath,
        VisionOptions options,
        IReadOnlyList<RecordingSpan>? spans = null,
        IReadOnlyList<SpeechSegment>? speech = null,
        CancellationToken cancellationToken = default) =>
        Summarise(Observe(videoPath, options, cancellationToken), options, spans, speech);

    /// <summary>Decodes the whole file at the sampling rate and observes every sampled frame: the expensive part.</summary>
    public ObservedVideo Observe(string videoPath, VisionOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var timer = new StageTimer();
        var (observations, reader) = ReadObservations(videoPath, options, timer, cancellationToken);
        var frameStep = reader.NominalFps > 0 ? 1 / reader.NominalFps : 0;
        var mediaSeconds = reader.FramesRead == 0 ? 0 : reader.LastTimestampSeconds + frameStep;
        var sampledFps = mediaSeconds > 0 ? reader.FramesSampled / mediaSeconds : 0;
        return new ObservedVideo(observations, Math.Max(mediaSeconds, frameStep), sampledFps,
            Timings(reader.FramesRead, reader.FramesSampled, mediaSeconds, clock.Elapsed, timer));
    }

    /// <summary>
    /// The same from stretches observed ahead (each answer's video, analysed while the interview went on): only the parts
    /// of <paramref name="duration"/> they leave uncovered are decoded and observed now.
    /// </summary>
    public ObservedVideo Observe(string videoPath, VisionOptions options, IReadOnlyList<ObservedRange> observedAhead, double duration, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var timer = new StageTimer();
        var usable = ObservedRange.Disjoint(observedAhead.Where(r => r.Engine == RangeEngine(options)));
        var fresh = ObservedRange.Uncovered(usable, duration)
            .Select(gap => ObserveRange(videoPath, gap.From, gap.To, 0, options, timer, cancellationToken))
            .ToList();
        var observations = usable.Concat(fresh).SelectMany(r => r.Observations).OrderBy(o => o.TimeSeconds).ToList();
        var analysedNow = fresh.Sum(r => r.Observations.Count);
        return new ObservedVideo(observations, duration, duration > 0 ? observations.Count / duration : 0,
            Timings(analysedNow, analysedNow, duration, clock.Elapsed, timer));
    }

    /// <summary>The cheap part: the gaze baseline, then the whole recording and each span summarised (speech times the look-aways).</summary>
    public VisionRecordingResult Summarise(ObservedVideo video, VisionOptions options, IReadOnlyList<RecordingSpan>? spans, IReadOnlyList<SpeechSegment>? speech)
    {
        var baseline = BaselineFor(video.Observations, options);
        var whole = VisionAggregator.Aggregate(video.Observations, 0, video.MediaSeconds, baseline, speech, video.SampledFps);
        var spanResults = (spans ?? [])
            .Select(s => new VisionSpanResult(s.Id, VisionAggregator.Aggregate(video.Observations, s.Start, s.End, baseline, speech, video.SampledFps)))
            .ToList();
        return new VisionRecordingResult(EngineName(options), whole, spanResults, video.Timings);
    }

    /// <summary>Observes [<paramref name="from"/>, <paramref name="to"/>) of a file; times are moved onto the session clock by <paramref name="clockOffset"/>.</summary>
    public ObservedRange ObserveRange(string videoPath, double from, double to, double clockOffset, VisionOptions options, CancellationToken cancellationToken) =>
        ObserveRange(videoPath, from, to, clockOffset, options, new StageTimer(), cancellationToken);

    /// <summary>What a stretch observed with these options can be merged with: same engines, same sampling.</summary>
    public string RangeEngine(VisionOptions options) =>
        $"{EngineName(options)}@{(options.SamplingRate.IsEveryFrame ? "all" : options.SamplingRate.FramesPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture))}fps";

    private ObservedRange ObserveRange(string videoPath, double from, double to, double clockOffset, VisionOptions options, StageTimer timer, CancellationToken ct)
    {
        var analyzer = new FrameAnalyzer(models, options, timer);
        var fps = options.SamplingRate.IsEveryFrame ? EveryFrameRate : options.SamplingRate.FramesPerSecond;
        var observations = new List<FrameObservation>();
        using var frames = FfmpegRangeReader.Read(videoPath, from, to, fps, ct).GetEnumerator();
        while (timer.Time("decode", frames.MoveNext))
        {
            ct.ThrowIfCancellationRequested();
            using var frame = frames.Current;
            observations.Add(analyzer.Analyze(frame.Image, frame.TimestampSeconds + clockOffset));
        }

        return new ObservedRange(RangeEngine(options), from + clockOffset, to + clockOffset, observations);
    }

    private static VisionTimings Timings(int framesRead, int framesAnalysed, double mediaSeconds, TimeSpan elapsed, StageTimer timer) => new(
        framesRead, framesAnalysed, Math.Round(mediaSeconds, 3), Math.Round(elapsed.TotalSeconds, 3),
        mediaSeconds > 0 ? Math.Round(elapsed.TotalSeconds / mediaSeconds, 4) : 0,
        timer.Milliseconds.ToDictionary(s => s.Key, s => Math.Round(s.Value / Math.Max(1, framesAnalysed), 3), StringComparer.Ordinal));

    /// <summary>One still image: detection, mesh, gaze and (when enabled) expressions, judged against the population prior.</summary>
    public FrameObservation AnalyzeImage(Mat bgrImage, VisionOptions options) =>
        new FrameAnalyzer(models, options, new StageTimer()).Analyze(bgrImage, 0);

    /// <summary>The engines that ran, landmark path included (which one Auto picked depends on the installed files).</summary>
    public string EngineName(VisionOptions options) =>
        $"{options.Detector.ToString().ToLowerInvariant()}+{LandmarkPaths.EngineName(models.Resolve(options.Landmarks))}"
        + (options.ExpressionsEnabled ? "+faceapi-expression" : string.Empty);

    internal static GazeBaseline BaselineFor(IReadOnlyList<FrameObservation> observations, VisionOptions options)
    {
        if (options.HasCalibrationSpan)
        {
            var calibration = observations
                .Where(o => o.Gaze is not null && o.TimeSeconds >= options.CalibrationStartSeconds && o.TimeSeconds < options.CalibrationEndSeconds)
                .Select(o => o.Gaze!.Value)
                .ToList();
            if (calibration.Count > 0)
            {
                return GazeBaseline.FromCalibration(calibration);
            }
        }

        var all = observations.Where(o => o.Gaze is not null).Select(o => o.Gaze!.Value).ToList();
        return all.Count == 0 ? GazeBaseline.Prior : GazeBaseline.FromWholeRecording(all);
    }

    private (List<FrameObservation> Observations, FrameReader Reader) ReadObservations(
        string videoPath, VisionOptions options, StageTimer timer, CancellationToken cancellationToken)
    {
        var frameAnalyzer = new FrameAnalyzer(models, options, timer);
        var reader = new FrameReader(videoPath, options.SamplingRate);
        var observations = new List<FrameObservation>();
        using var frames = reader.ReadFrames().GetEnumerator();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!timer.Time("decode", frames.MoveNext))
            {
                break;
            }

            using var frame = frames.Current;
            observations.Add(frameAnalyzer.Analyze(frame.Image, frame.TimestampSeconds));
        }

        return (observations, reader);
    }
}
