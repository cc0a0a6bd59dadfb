using System.Globalization;
using System.Text;
using InterviewInsight.Modules.Engines.Vision.Frames;

namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>Times the whole vision pipeline on one video: milliseconds per analysed frame per stage and the real-time factor.</summary>
internal static class VisionBenchmark
{
    public static VisionTimings Run(
        string videoPath, double framesPerSecond, string modelsDir, bool expressionsEnabled = true, LandmarkPath landmarks = LandmarkPath.Auto)
    {
        var analyzer = new VisionAnalyzer(VisionModels.Shared(modelsDir));
        var options = new VisionOptions
        {
            SamplingRate = new FrameSamplingRate(framesPerSecond), ExpressionsEnabled = expressionsEnabled, Landmarks = landmarks,
        };

        // A first short pass loads the models so their start-up cost does not land in the figures.
        analyzer.Analyze(videoPath, options with { SamplingRate = new FrameSamplingRate(1) });
        return analyzer.Analyze(videoPath, options).Timings;
    }

    public static string ToMarkdown(string videoPath, double framesPerSecond, VisionTimings t, string? landmarkPath = null)
    {
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"Vision benchmark: {Path.GetFileName(videoPath)} at {(framesPerSecond <= 0 ? "every frame" : framesPerSecond + " fps")}{(landmarkPath is null ? "" : ", " + landmarkPath)}")
          .AppendLine(CultureInfo.InvariantCulture, $"frames read {t.FramesRead}, analysed {t.FramesSampled}, media {t.MediaSeconds:F1} s, processing {t.ProcessingSeconds:F2} s, real-time factor {t.RealTimeFactor:F3}")
          .AppendLine().AppendLine("| stage | ms per analysed frame |").AppendLine("|---|---:|");
        foreach (var (stage, ms) in t.MillisecondsPerFrame.OrderByDescending(s => s.Value))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"| {stage} | {ms:F2} |");
        }

        return md.ToString();
    }
}
