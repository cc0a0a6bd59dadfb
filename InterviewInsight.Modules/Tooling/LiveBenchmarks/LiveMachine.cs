using System.Runtime.InteropServices;

namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>The machine a live benchmark ran on: cores, CPU, OS, runtime, and the load average when it started (Linux /proc).</summary>
public sealed record LiveMachine(int Cores, string CpuModel, string OperatingSystem, string Runtime, string LoadAverageAtStart)
{
    public static LiveMachine Current() => new(
        Environment.ProcessorCount,
        ReadOrNull("/proc/cpuinfo")?.Split('\n').FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? "unknown",
        ReadOrNull("/etc/os-release")?.Split('\n').FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"')
            ?? RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        ReadOrNull("/proc/loadavg") is { } load ? string.Join(' ', load.Split(' ').Take(3)) : "unknown");

    private static string? ReadOrNull(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
