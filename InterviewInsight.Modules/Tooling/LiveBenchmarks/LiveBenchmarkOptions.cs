using System.Globalization;

namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>
/// What <c>benchmark-live</c> runs: how many planned questions, how long each spoken answer is, camera on or off, and
/// how much faster than real time the clock runs (1 = a real interview; more only for a quick smoke run), or a stepped
/// clock that waits for the server (tests).
/// </summary>
public sealed record LiveBenchmarkOptions
{
    public required string TestDataDir { get; init; }

    public string OutPath { get; init; } = Path.Combine("docs", "live-benchmark.md");

    public int Questions { get; init; } = 5;

    public double AnswerSeconds { get; init; } = 60;

    public bool CameraOn { get; init; } = true;

    public double Speed { get; init; } = 1;

    /// <summary>
    /// The session clock stands still while the server works and moves only when the simulated candidate does, so the
    /// run follows the same script at any machine speed (for tests; its latencies have no background head start).
    /// </summary>
    public bool SteppedClock { get; init; }

    /// <summary>Reads <c>[--testdata DIR] [--out FILE] [--questions N] [--answer-seconds S] [--camera on|off] [--speed X] [--clock real|stepped]</c>.</summary>
    public static LiveBenchmarkOptions Parse(IReadOnlyList<string> args, string defaultTestDataDir)
    {
        var options = new LiveBenchmarkOptions { TestDataDir = defaultTestDataDir };
        for (var i = 0; i < args.Count; i++)
        {
            var (name, value) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], i + 1 < args.Count ? args[++i] : "");
            options = name switch
            {
                "--testdata" => options with { TestDataDir = value },
                "--out" => options with { OutPath = value },
                "--questions" => options with { Questions = Math.Clamp(int.Parse(value, CultureInfo.InvariantCulture), 1, 20) },
                "--answer-seconds" => options with { AnswerSeconds = Math.Clamp(double.Parse(value, CultureInfo.InvariantCulture), 2, 600) },
                "--camera" => options with { CameraOn = value.ToLowerInvariant() switch
                {
                    "on" => true,
                    "off" => false,
                    _ => throw new ArgumentException("--camera takes on or off."),
                } },
                "--clock" => options with { SteppedClock = value.ToLowerInvariant() switch
                {
                    "real" => false,
                    "stepped" => true,
                    _ => throw new ArgumentException("--clock takes real or stepped."),
                } },
                "--speed" => options with { Speed = Math.Clamp(double.Parse(value, CultureInfo.InvariantCulture), 1, 20) },
                _ when name.StartsWith("--", StringComparison.Ordinal) && name.Contains(':', StringComparison.Ordinal) => options,
                _ => throw new ArgumentException($"Unknown benchmark-live option '{args[i]}'."),
            };
        }

        return options;
    }
}
