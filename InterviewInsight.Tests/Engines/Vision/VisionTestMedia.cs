using System.Diagnostics;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Engines.Vision;

/// <summary>Paths to the shared test media and ffmpeg-made variants of them in a temp folder.</summary>
internal static class VisionTestMedia
{
    public static string Video(string name) => TestAssets.TestData($"video/{name}.mp4");

    public static string Image(string file) => TestAssets.TestData($"images/{file}");

    /// <summary>Runs ffmpeg (Debian package) with the given arguments writing <paramref name="outputPath"/>; fails loudly if it cannot.</summary>
    public static string Ffmpeg(string arguments, string outputPath)
    {
        var start = new ProcessStartInfo("ffmpeg", $"-loglevel error -y {arguments} \"{outputPath}\"")
        {
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg could not be started; install the ffmpeg package.");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 && File.Exists(outputPath)
            ? outputPath
            : throw new InvalidOperationException($"ffmpeg {arguments} failed ({process.ExitCode}): {errors}");
    }
}
