using System.Globalization;
using System.Text;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Engines.Vision.Expressions;
using InterviewInsight.Modules.Engines.Vision.Geometry;
using OpenCvSharp;

namespace InterviewInsight.Modules.Tooling.Accuracy.Vision;

/// <summary>
/// Runs the vision pipeline over the shared test media and writes what it measured against the MANIFEST labels:
/// face found per photo and clip, eye contact on at-camera versus away media, expression confusion matrices,
/// head-pose spread on moving versus steady clips. The lead's CLI writes the markdown to docs/accuracy.md.
/// </summary>
internal static class VisionAccuracyReport
{
    /// <summary>The side-by-side table of every landmark path in <paramref name="paths"/>, then the detailed report of each.</summary>
    public static Task<string> RunAsync(
        string testDataDir, string modelsDir, IReadOnlyList<LandmarkPath> paths, CancellationToken cancellationToken = default) =>
        Task.Run(
            () =>
            {
                var figures = paths.Select(p => Measure(testDataDir, modelsDir, p, cancellationToken)).ToList();
                return string.Join("\n", [ComparisonMarkdown(figures), .. figures.Select(ToMarkdown)]);
            },
            cancellationToken);

    public static VisionAccuracyFigures Measure(
        string testDataDir, string modelsDir, LandmarkPath landmarks = LandmarkPath.Auto, CancellationToken cancellationToken = default)
    {
        var models = VisionModels.Shared(modelsDir);
        var analyzer = new VisionAnalyzer(models);
        var options = new VisionOptions { Landmarks = landmarks };
        var images = MeasureImages(Path.Combine(testDataDir, "images"), models, analyzer, options, cancellationToken);
        var clips = TestDataLabels.AllFaceClips
            .Select(clip =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                var result = analyzer.Analyze(Path.Combine(testDataDir, "video", clip + ".mp4"), options, cancellationToken: cancellationToken);
                return new ClipFinding(clip, result.Whole, result.Timings);
            })
            .ToList();

        var faceApi = new ConfusionMatrix(ExpressionScores.ModelLabels);
        var fer = new ConfusionMatrix(ExpressionScores.ModelLabels);
        foreach (var image in images.Where(i => i is { TrueExpression: not null, PredictedExpression: not null }))
        {
            (image.File.StartsWith("C_fer2013", StringComparison.Ordinal) ? fer : faceApi).Add(image.TrueExpression!, image.PredictedExpression!);
        }

        return new VisionAccuracyFigures(LandmarkPaths.EngineName(models.Resolve(landmarks)), images, clips, faceApi, fer);
    }

    public static string ToMarkdown(VisionAccuracyFigures figures)
    {
        var md = new StringBuilder();
        md.AppendLine(Invariant($"### Vision accuracy, {figures.Engine} (shared test media)")).AppendLine()
          .AppendLine(Invariant($"Landmark path {figures.Engine}; otherwise default settings: BlazeFace detector, face-api expression model, 5 fps."))
          .AppendLine("Ground truth is the collector's description in testdata/MANIFEST.md.").AppendLine();

        md.AppendLine("#### Photos").AppendLine()
          .AppendLine("| photo | face (BlazeFace) | face (YuNet) | measurable | eye contact | gaze offset (deg) | smile | label | predicted |")
          .AppendLine("|---|---|---|---|---|---:|---:|---|---|");
        foreach (var i in figures.Images)
        {
            md.AppendLine(Invariant($"| {i.File} | {YesNo(i.FaceFoundBlazeFace)} | {YesNo(i.FaceFoundYuNet)} | {YesNo(i.Measurable)} | {YesNo(i.EyeContact)} | {i.GazeOffsetDegrees:F0} | {i.Smile:F2} | {i.TrueExpression} | {i.PredictedExpression} |"));
        }

        md.AppendLine().AppendLine("#### Clips").AppendLine()
          .AppendLine("| clip | gaze label | face present | eye contact | longest look-away (s) | yaw sd | pitch sd | nods | shakes | smile | confidence | quality |")
          .AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var c in figures.Clips)
        {
            var v = c.Vision;
            md.AppendLine(Invariant($"| {c.Clip} | {GazeLabel(c.Clip)} | {v.FacePresentRatio:F2} | {v.EyeContactRatio:F2} | {v.LongestLookAwaySeconds:F1} | {v.HeadPose?.YawStdDeg:F1} | {v.HeadPose?.PitchStdDeg:F1} | {v.HeadGestures.Nods} | {v.HeadGestures.Shakes} | {v.SmileRatio:F2} | {v.Confidence:F2} | {string.Join(", ", v.Quality.Select(q => q.Code))} |"));
        }

        md.AppendLine().AppendLine(Invariant($"Mean eye-contact ratio: at-camera clips {MeanEyeContact(figures, TestDataLabels.AtCameraClips):F2}, away clips {MeanEyeContact(figures, TestDataLabels.AwayClips):F2}."));
        md.AppendLine(Invariant($"Mean yaw spread: head-turn clips {MeanYawSpread(figures, TestDataLabels.HeadTurnClips):F1} deg, steady clips {MeanYawSpread(figures, TestDataLabels.SteadyClips):F1} deg."));

        md.AppendLine().AppendLine(Invariant($"#### Expression model on face-api example photos (accuracy {figures.FaceApiPhotos.Accuracy:P0}, n={figures.FaceApiPhotos.Total})")).AppendLine()
          .AppendLine(figures.FaceApiPhotos.ToMarkdown()).AppendLine()
          .AppendLine(Invariant($"#### Expression model on FER-2013 48x48 crops (accuracy {figures.Fer2013Crops.Accuracy:P0}, n={figures.Fer2013Crops.Total}; labels are noisy)")).AppendLine()
          .AppendLine(figures.Fer2013Crops.ToMarkdown()).AppendLine()
          .AppendLine("The class names are the model's labels, kept as data. Reports shown to people describe visible behaviour only (smiling, neutral face, raised brows, frowning).");
        return md.ToString();
    }

    /// <summary>The headline figures of each landmark path in one table.</summary>
    public static string ComparisonMarkdown(IReadOnlyList<VisionAccuracyFigures> paths)
    {
        var md = new StringBuilder()
            .AppendLine("| landmark path | photos measurable | clips: face present | eye contact at camera / away | yaw sd head-turn / steady (deg) | smile happy / neutral photos | smile ratio lp_d19 / franck / grid |")
            .AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var f in paths)
        {
            md.AppendLine(Invariant($"| {f.Engine} | {f.Images.Count(i => i.Measurable)}/{f.Images.Count} | {f.Clips.Average(c => c.Vision.FacePresentRatio):F2} | {MeanEyeContact(f, TestDataLabels.AtCameraClips):F2} / {MeanEyeContact(f, TestDataLabels.AwayClips):F2} | {MeanYawSpread(f, TestDataLabels.HeadTurnClips):F1} / {MeanYawSpread(f, TestDataLabels.SteadyClips):F1} | {MeanSmile(f, "happy"):F2} / {MeanSmile(f, "neutral"):F2} | {SmileRatio(f, "A_lp_d19"):F2} / {SmileRatio(f, "A_clm_franck_000-060"):F2} / {f.Clips.Where(c => c.Clip.StartsWith("A_grid", StringComparison.Ordinal)).Average(c => c.Vision.SmileRatio ?? 0):F2} |"));
        }

        return md.ToString();
    }

    /// <summary>Mean smile score of the photos labelled <paramref name="label"/> (happy, neutral) where the face was measured.</summary>
    internal static double MeanSmile(VisionAccuracyFigures figures, string label) =>
        figures.Images.Where(i => i.TrueExpression == label && i.Smile is not null).Average(i => i.Smile!.Value);

    private static double SmileRatio(VisionAccuracyFigures figures, string clip) =>
        figures.Clips.Single(c => c.Clip == clip).Vision.SmileRatio ?? 0;

    internal static double MeanEyeContact(VisionAccuracyFigures figures, IEnumerable<string> clips) =>
        figures.Clips.Where(c => clips.Contains(c.Clip)).Average(c => c.Vision.EyeContactRatio ?? 0);

    internal static double MeanYawSpread(VisionAccuracyFigures figures, IEnumerable<string> clips) =>
        figures.Clips.Where(c => clips.Contains(c.Clip)).Average(c => c.Vision.HeadPose?.YawStdDeg ?? 0);

    private static List<ImageFinding> MeasureImages(
        string imagesDir, VisionModels models, VisionAnalyzer analyzer, VisionOptions options, CancellationToken cancellationToken)
    {
        var prior = new EyeContactClassifier(GazeBaseline.Prior);
        var findings = new List<ImageFinding>();
        foreach (var path in Directory.GetFiles(imagesDir, "*.jpg").Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            using var image = Cv2.ImRead(path);
            var file = Path.GetFileName(path);
            var observation = analyzer.AnalyzeImage(image, options);
            var yuNetFound = models.Detector(FaceDetectorKind.YuNet).Detect(image).Count > 0;
            var truth = TestDataLabels.ExpressionLabel(file);

            // FER-2013 samples are already 48x48 face crops: classify the crop the dataset gives, as its benchmark does.
            var predicted = truth is not null && file.StartsWith("C_fer2013", StringComparison.Ordinal)
                ? models.Expressions.ClassifyCrop(image).TopLabel
                : observation.Expression?.TopLabel;
            findings.Add(new ImageFinding(
                file, observation.FacePresent, yuNetFound, observation.Gaze is not null,
                observation.Gaze is { } gaze && prior.IsEyeContact(gaze),
                observation.Gaze is { } g ? prior.Direction(g).AngleDegrees : null,
                observation.Smile,
                truth, truth is null ? null : predicted));
        }

        return findings;
    }

    private static string GazeLabel(string clip) =>
        TestDataLabels.AtCameraClips.Contains(clip) ? "at camera" : TestDataLabels.AwayClips.Contains(clip) ? "away" : "mixed";

    private static string YesNo(bool value) => value ? "yes" : "no";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
