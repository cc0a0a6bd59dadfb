using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>Makes test media with the real ffmpeg (silence, damaged copies, dark or blurred versions of real clips).</summary>
public static class Ffmpeg
{
    public static Task RunAsync(params string[] args) =>
        ExternalTool.RunAsync("ffmpeg", ["-v", "error", "-y", .. args], CancellationToken.None);
}
