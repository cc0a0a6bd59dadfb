namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>
/// The bare engine: Debian's <c>pocketsphinx_continuous -infile x.wav</c> (package <c>pocketsphinx</c>), same library and
/// en-us model as our wrapper, with its own silence-based utterance splitting and nothing else.
/// </summary>
internal static class BarePocketSphinx
{
    public const string Tool = "pocketsphinx_continuous";

    /// <summary>The tool's full path, or null when it is not installed.</summary>
    public static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, Tool))
            .FirstOrDefault(File.Exists);

    /// <summary>Runs the tool on the recording, then on 1 s of silence to measure its start-up (process start and model load).</summary>
    public static async Task<BareRun> RunAsync(string tool, string wavPath, double mediaSeconds, string silenceWavPath, CancellationToken ct)
    {
        var startup = await RunOnceAsync(tool, silenceWavPath, ct);
        var outcome = await RunOnceAsync(tool, wavPath, ct);
        var words = outcome.Stdout.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries).Length;
        return new BareRun(Tool + " -infile", outcome.WallSeconds, startup.WallSeconds, mediaSeconds, words, outcome.SampledPeakWorkingSetBytes);
    }

    private static async Task<MeasuredProcess.Outcome> RunOnceAsync(string tool, string wavPath, CancellationToken ct)
    {
        var outcome = await MeasuredProcess.RunAsync(tool, ["-infile", wavPath], ct);
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Tool} -infile {wavPath} exited {outcome.ExitCode}: {ChildProtocol.Tail(outcome.Stderr)}");
        }

        return outcome;
    }
}
