using System.Globalization;
using System.Runtime.InteropServices;

namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>The machine the figures were taken on, read from /proc and the runtime (Linux; other systems say "unknown").</summary>
internal sealed record MachineInfo(int Cores, string CpuModel, double MemoryGiB, string OperatingSystem, string Runtime, string LoadAverage)
{
    public static MachineInfo Current() => new(
        Environment.ProcessorCount,
        ProcField("/proc/cpuinfo", "model name") ?? "unknown",
        MemoryKiB() / 1024.0 / 1024.0,
        OsRelease() ?? RuntimeInformation.OSDescription,
        RuntimeInformation.FrameworkDescription,
        ReadOrNull("/proc/loadavg") is { } load ? string.Join(' ', load.Split(' ').Take(3)) : "unknown");

    private static double MemoryKiB() =>
        ProcField("/proc/meminfo", "MemTotal")?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() is { } kib
        && double.TryParse(kib, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string? OsRelease() =>
        ReadOrNull("/etc/os-release")?.Split('\n').FirstOrDefault(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))?["PRETTY_NAME=".Length..].Trim('"');

    private static string? ProcField(string path, string field) =>
        ReadOrNull(path)?.Split('\n')
            .Where(l => l.StartsWith(field, StringComparison.Ordinal) && l.Contains(':', StringComparison.Ordinal))
            .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim())
            .FirstOrDefault();

    private static string? ReadOrNull(string path) => File.Exists(path) ? File.ReadAllText(path) : null;
}
