using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>
/// Makes the inputs, then runs every case in a child process of its own (so each peak memory is its own) and the bare
/// engine as its own process, one after another. The temporary folder is deleted at the end, whatever happens.
/// </summary>
internal sealed class BenchmarkRunner(ChildHost host, string modelsPath, TextWriter log)
{
    public async Task<BenchmarkRun> RunAsync(string testDataDir, bool quick, int shortSeconds, string command, CancellationToken ct)
    {
        var machine = MachineInfo.Current();
        var started = DateTime.UtcNow;
        var work = Directory.CreateTempSubdirectory("ii-benchmark-").FullName;
        try
        {
            var builder = new BenchmarkInputBuilder(testDataDir, work);
            log.WriteLine($"Making the inputs in {work}…");
            var minute = await builder.BuildAsync("minute", $"{shortSeconds}-second recording", shortSeconds, ct);
            var inputs = new List<BenchmarkInput> { minute };
            if (!quick)
            {
                inputs.Add(await builder.BuildAsync("ten-minutes", "10-minute recording", 600, ct));
            }

            var silence = Path.Combine(work, "silence-1s.wav");
            await ExternalTool.RunAsync(
                "ffmpeg", ["-v", "error", "-y", "-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono", "-t", "1", "-c:a", "pcm_s16le", silence], ct);

            var results = new List<InputResults>();
            foreach (var input in inputs)
            {
                results.Add(await MeasureAsync(input, minute.Media, silence, ct));
            }

            return new BenchmarkRun(machine, started, command, quick, shortSeconds, results);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private async Task<InputResults> MeasureAsync(BenchmarkInput input, BenchmarkMedia warmUp, string silenceWav, CancellationToken ct)
    {
        var speech = await ChildAsync(BenchmarkCase.Speech, warmUp, input.Media, ct);
        var tool = BarePocketSphinx.Find();
        log.WriteLine($"  {input.Title}: bare engine ({tool ?? "pocketsphinx_continuous missing: our decoder alone"})…");
        var bare = tool is not null
            ? await BarePocketSphinx.RunAsync(tool, input.Media.WavPath, input.Media.DurationSeconds, silenceWav, ct)
            : FromDecoder(await ChildAsync(BenchmarkCase.PocketSphinxDecoder, warmUp, input.Media, ct));
        var visionFive = await ChildAsync(BenchmarkCase.VisionFiveFps, warmUp, input.Media, ct);
        var visionAll = await ChildAsync(BenchmarkCase.VisionEveryFrame, warmUp, input.Media, ct);
        var whole = await ChildAsync(BenchmarkCase.Whole, warmUp, input.Media, ct);
        return new InputResults(input, speech, visionFive, visionAll, whole, bare, tool is null);
    }

    private async Task<CaseMeasurement> ChildAsync(BenchmarkCase benchmarkCase, BenchmarkMedia warmUp, BenchmarkMedia target, CancellationToken ct)
    {
        var name = BenchmarkCases.Name(benchmarkCase);
        log.WriteLine($"  {target.DurationSeconds:F0} s: {name}…");
        var outcome = await MeasuredProcess.RunAsync(
            host.FileName, [.. host.PrefixArguments, .. ChildProtocol.Arguments(benchmarkCase, warmUp, target), $"--Models:Path={modelsPath}"], ct);
        var context = $"benchmark --one {name}";
        if (outcome.ExitCode != 0)
        {
            throw new InvalidOperationException($"{context} exited {outcome.ExitCode}:\n{ChildProtocol.Tail(outcome.Stdout + outcome.Stderr)}");
        }

        var measurement = ChildProtocol.ReadResult(outcome.Stdout, context);
        log.WriteLine($"    {measurement.Seconds:F2} s, real-time factor {measurement.RealTimeFactor:F3}, peak {measurement.PeakWorkingSetBytes / 1048576.0:F0} MiB");
        return measurement;
    }

    private static BareRun FromDecoder(CaseMeasurement decoder) =>
        new("our PocketSphinx P/Invoke decoder alone, whole WAV, no VAD/prosody/metrics", decoder.Seconds, null,
            decoder.MediaSeconds, decoder.WordCount, decoder.PeakWorkingSetBytes);
}
