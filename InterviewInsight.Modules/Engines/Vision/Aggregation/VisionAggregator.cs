using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Speech.Vad;
using InterviewInsight.Modules.Engines.Vision.Expressions;
using InterviewInsight.Modules.Engines.Vision.Geometry;
using InterviewInsight.Modules.Engines.Vision.Quality;

namespace InterviewInsight.Modules.Engines.Vision.Aggregation;

/// <summary>Turns per-frame observations of a span into the <see cref="VisionResult"/> numbers. Pure and deterministic.</summary>
internal static class VisionAggregator
{
    public const double SmileThreshold = 0.5;
    public const double GazeAversionMinSeconds = 1.0;
    private const double TimelineStepSeconds = 1.0;

    public static VisionResult Aggregate(
        IReadOnlyList<FrameObservation> allFrames,
        double startSeconds,
        double endSeconds,
        GazeBaseline baseline,
        IReadOnlyList<SpeechSegment>? speech,
        double sampledFramesPerSecond)
    {
        var frames = allFrames.Where(f => f.TimeSeconds >= startSeconds && f.TimeSeconds < endSeconds).ToList();
        var classifier = new EyeContactClassifier(baseline);
        var contact = frames.Select(f => (f.TimeSeconds, EyeContact: f.Gaze is { } g && classifier.IsEyeContact(g))).ToList();
        var withFace = frames.Where(f => f.FacePresent).ToList();
        var measurable = frames.Where(f => f.Gaze is not null).ToList();
        var lookAways = LookAwayRun.Find(contact, endSeconds);

        var quality = VisionQualityGate.Evaluate(new VisionQualityInputs(
            frames.Count,
            withFace.Count,
            measurable.Count,
            withFace.Count(f => f.FaceCount > 1),
            MedianOr(frames.Select(f => f.Quality.MeanLuma), 0),
            Median(withFace.Select(f => f.Quality.Sharpness)),
            Median(withFace.Select(f => (double)f.FaceBox!.Value.Height)),
            Median(withFace.Select(f => (double)f.FaceBox!.Value.Height / f.FrameSize.Height)),
            sampledFramesPerSecond));

        return new VisionResult
        {
            StartSeconds = startSeconds,
            EndSeconds = endSeconds,
            FacePresentRatio = Ratio(withFace.Count, frames.Count) ?? 0,
            EyeContactRatio = Ratio(contact.Count(c => c.EyeContact), withFace.Count),
            LongestLookAwaySeconds = withFace.Count == 0 ? null : lookAways.Select(r => r.DurationSeconds).DefaultIfEmpty(0).Max(),
            LongestLookAwayWhileSpeakingSeconds = withFace.Count == 0 || speech is null ? null : LongestWhileSpeaking(lookAways, speech),
            GazeAversionCount = withFace.Count == 0 ? 0 : lookAways.Count(r => r.DurationSeconds >= GazeAversionMinSeconds),
            HeadPose = measurable.Count < 2 ? null : new HeadPoseSpread(
                StdDev(measurable.Select(f => f.Gaze!.Value.Pose.YawDegrees)),
                StdDev(measurable.Select(f => f.Gaze!.Value.Pose.PitchDegrees)),
                StdDev(measurable.Select(f => f.Gaze!.Value.Pose.RollDegrees))),
            BlinkRatePerMinute = BlinkRate(measurable, sampledFramesPerSecond, frames),
            SmileRatio = measurable.Any(f => f.Smile is not null) ? Ratio(measurable.Count(f => f.Smile >= SmileThreshold), measurable.Count) : null,
            Expressions = MeanShares(measurable),
            ObservedBehaviours = BehaviourShares(measurable),
            Frames = new FrameCounts(frames.Count, withFace.Count, measurable.Count),
            HeadGestures = new HeadGestures(
                HeadGestureCounter.Count(Series(measurable, p => p.PitchDegrees), HeadGestureCounter.NodSwingDegrees),
                HeadGestureCounter.Count(Series(measurable, p => p.YawDegrees), HeadGestureCounter.ShakeSwingDegrees)),
            Framing = withFace.Count == 0 ? null : new Framing(
                Median(withFace.Select(f => (double)f.FaceBox!.Value.Height / f.FrameSize.Height))!.Value,
                Median(withFace.Select(f => ((f.FaceBox!.Value.X + (f.FaceBox.Value.Width / 2)) / f.FrameSize.Width) - 0.5))!.Value,
                Median(withFace.Select(f => ((f.FaceBox!.Value.Y + (f.FaceBox.Value.Height / 2)) / f.FrameSize.Height) - 0.5))!.Value),
            Lighting = new Lighting(MedianOr(frames.Select(f => f.Quality.MeanLuma), 0), MedianOr(frames.Select(f => f.Quality.Sharpness), 0)),
            Baseline = new BaselineInfo(
                baseline.Calibrated ? "calibration" : ReferenceEquals(baseline, GazeBaseline.Prior) ? "prior" : "wholeRecording",
                baseline.Confidence, baseline.AtCamera.Pose.YawDegrees, baseline.AtCamera.Pose.PitchDegrees),
            Confidence = Confidence(frames.Count, withFace.Count, baseline, quality),
            Timeline = Timeline(frames, contact, startSeconds, endSeconds),
            Quality = quality,
        };
    }

    private static double? LongestWhileSpeaking(List<LookAwayRun> runs, IReadOnlyList<SpeechSegment> speech) =>
        runs.SelectMany(r => speech.Select(s => r.OverlapSeconds(s.Start, s.End))).DefaultIfEmpty(0).Max();

    private static double? BlinkRate(List<FrameObservation> measurable, double fps, List<FrameObservation> frames)
    {
        if (measurable.Count < 3 || fps <= 0)
        {
            return null;
        }

        var blinks = BlinkCounter.Count([.. measurable.Select(f => new TimedValue(f.TimeSeconds, f.EyeAspectRatio!.Value))]);
        var minutes = measurable.Count / fps / 60;
        return frames.Count == 0 || minutes <= 0 ? null : blinks / minutes;
    }

    private static Dictionary<string, double>? MeanShares(List<FrameObservation> measurable)
    {
        var scored = measurable.Where(f => f.Expression is not null).ToList();
        return scored.Count == 0
            ? null
            : ExpressionScores.ModelLabels.ToDictionary(l => l, l => scored.Average(f => (double)f.Expression!.Shares[l]));
    }

    private static Dictionary<string, double>? BehaviourShares(List<FrameObservation> measurable)
    {
        var described = measurable.Where(f => f.ObservableExpression is not null).ToList();
        return described.Count == 0
            ? null
            : ObservableExpression.All.ToDictionary(b => b, b => (double)described.Count(f => f.ObservableExpression == b) / described.Count);
    }

    private static List<TimedValue> Series(List<FrameObservation> measurable, Func<HeadPose, double> angle) =>
        [.. measurable.Select(f => new TimedValue(f.TimeSeconds, angle(f.Gaze!.Value.Pose)))];

    private static double Confidence(int sampled, int withFace, GazeBaseline baseline, IReadOnlyList<QualityFlag> quality)
    {
        var coverage = Math.Min(1, (double)withFace / Math.Max(1, sampled) / 0.8);
        var amount = Math.Min(1, sampled / 10.0); // fewer than 10 frames (2 s at 5 fps) is thin evidence
        return Math.Round(Math.Clamp(baseline.Confidence * coverage * amount * VisionQualityGate.ConfidenceFactor(quality), 0, 1), 3);
    }

    private static VisionTimeline Timeline(List<FrameObservation> frames, List<(double TimeSeconds, bool EyeContact)> contact, double start, double end)
    {
        var bins = Math.Max(1, (int)Math.Ceiling((end - start) / TimelineStepSeconds));
        var series = new Dictionary<string, double?[]>
        {
            ["facePresent"] = new double?[bins],
            ["eyeContact"] = new double?[bins],
            ["yaw"] = new double?[bins],
            ["pitch"] = new double?[bins],
        };
        var hasSmile = frames.Any(f => f.Smile is not null);
        if (hasSmile)
        {
            series["smile"] = new double?[bins];
        }

        for (var bin = 0; bin < bins; bin++)
        {
            var (from, to) = (start + (bin * TimelineStepSeconds), start + ((bin + 1) * TimelineStepSeconds));
            var inBin = Enumerable.Range(0, frames.Count).Where(i => frames[i].TimeSeconds >= from && frames[i].TimeSeconds < to).ToList();
            if (inBin.Count == 0)
            {
                continue;
            }

            var faced = inBin.Where(i => frames[i].FacePresent).ToList();
            var measured = inBin.Where(i => frames[i].Gaze is not null).ToList();
            series["facePresent"][bin] = Round((double)faced.Count / inBin.Count);
            series["eyeContact"][bin] = faced.Count == 0 ? null : Round((double)faced.Count(i => contact[i].EyeContact) / faced.Count);
            series["yaw"][bin] = measured.Count == 0 ? null : Round(measured.Average(i => frames[i].Gaze!.Value.Pose.YawDegrees));
            series["pitch"][bin] = measured.Count == 0 ? null : Round(measured.Average(i => frames[i].Gaze!.Value.Pose.PitchDegrees));
            if (hasSmile)
            {
                series["smile"][bin] = measured.Count == 0 ? null : Round(measured.Average(i => frames[i].Smile ?? 0));
            }
        }

        return new VisionTimeline(TimelineStepSeconds, series.ToDictionary(s => s.Key, s => (IReadOnlyList<double?>)s.Value));
    }

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;

    private static double Round(double value) => Math.Round(value, 3);

    private static double? Median(IEnumerable<double> values)
    {
        var median = GazeBaseline.Median(values);
        return double.IsNaN(median) ? null : median;
    }

    private static double MedianOr(IEnumerable<double> values, double fallback) => Median(values) ?? fallback;

    private static double StdDev(IEnumerable<double> values)
    {
        var list = values.ToList();
        var mean = list.Average();
        return Math.Sqrt(list.Sum(v => (v - mean) * (v - mean)) / list.Count);
    }
}
