using System.Diagnostics;
using InterviewInsight.Modules.Analysis.Speech.Vad;
using InterviewInsight.Modules.Analysis.Vision.Aggregation;
using InterviewInsight.Modules.Analysis.Vision.Frames;
using InterviewInsight.Modules.Analysis.Vision.Geometry;
using OpenCvSharp;

namespace InterviewInsight.Modules.Analysis.Vision;

/// <summary>
/// Entry point of the vision analysis: decodes a recording, runs the per-frame pipeline on the sampled frames, fixes the
/// personal gaze baseline, and summarises the whole recording and each requested span.
/// </summary>
internal sealed class VisionAnalyzer(VisionModels models)
{
    public VisionRecordingResult Analyze(
        string videoPath,
        VisionOptions options,
        IReadOnlyList<VisionSpan>? spans = null,
        IReadOnlyList<SpeechSegment>? speech = null,
        CancellationToken cancellationToken = default)
    {
        var total = Stopwatch.StartNew();
        var timer = new StageTimer();
        var (observations, reader) = ReadObservations(videoPath, options, timer, cancellationToken);

        var frameStep = reader.NominalFps > 0 ? 1 / reader.NominalFps : 0;
        var mediaSeconds = reader.FramesRead == 0 ? 0 : reader.LastTimestampSeconds + frameStep;
        var sampledFps = mediaSeconds > 0 ? reader.FramesSampled / mediaSeconds : 0;
        var baseline = BaselineFor(observations, options);

        var whole = VisionAggregator.Aggregate(observations, 0, Math.Max(mediaSeconds, frameStep), baseline, speech, sampledFps);
        var spanResults = (spans ?? [])
            .Select(s => new VisionSpanResult(s.Id, VisionAggregator.Aggregate(observations, s.StartSeconds, s.EndSeconds, baseline, speech, sampledFps)))
            .ToList();

        total.Stop();
        var perFrame = timer.Milliseconds.ToDictionary(
            s => s.Key, s => Math.Round(s.Value / Math.Max(1, reader.FramesSampled), 3), StringComparer.Ordinal);
        var timings = new VisionTimings(
            reader.FramesRead, reader.FramesSampled, Math.Round(mediaSeconds, 3), Math.Round(total.Elapsed.TotalSeconds, 3),
            mediaSeconds > 0 ? Math.Round(total.Elapsed.TotalSeconds / mediaSeconds, 4) : 0, perFrame);
        return new VisionRecordingResult(EngineName(options), whole, spanResults, timings);
    }

    /// <summary>One still image: detection, mesh, gaze and (when enabled) expressions, judged against the population prior.</summary>
    public FrameObservation AnalyzeImage(Mat bgrImage, VisionOptions options) =>
        new FrameAnalyzer(models, options, new StageTimer()).Analyze(bgrImage, 0);

    public static string EngineName(VisionOptions options) =>
        $"{options.Detector.ToString().ToLowerInvariant()}+facelandmarker-v2+blendshapes" + (options.ExpressionsEnabled ? "+faceapi-expression" : string.Empty);

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
