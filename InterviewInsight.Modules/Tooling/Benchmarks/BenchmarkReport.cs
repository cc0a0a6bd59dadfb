using System.Globalization;
using System.Text;

namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>Writes docs/benchmarks.md from a run: pure formatting, every figure comes from the run.</summary>
internal static class BenchmarkReport
{
    private const double MiB = 1024 * 1024;

    public static string ToMarkdown(BenchmarkRun run)
    {
        var md = new StringBuilder();
        Plain(md, "# Benchmarks");
        Plain(md);
        Line(md, $"Measured by `{run.Command}` on {run.StartedUtc:yyyy-MM-dd} ({run.StartedUtc:HH:mm} UTC){(run.Quick ? $", quick mode ({run.ShortSeconds} s recording only)" : "")}.");
        Machine(md, run.Machine);
        Method(md, run);
        Plain(md, "## Inputs");
        Plain(md);
        Plain(md, "Made with ffmpeg in a temporary folder (`$TMP`, deleted after the run; `testdata` = `--testdata`, default `../shared/testdata`).");
        foreach (var input in run.Inputs)
        {
            Plain(md);
            Line(md, $"**{input.Input.Title}** ({input.Input.Media.DurationSeconds:F1} s): {input.Input.SourceNotes}");
            Plain(md);
            Plain(md, "```");
            foreach (var command in input.Input.Commands)
            {
                Plain(md, command);
            }

            Plain(md, "```");
        }

        foreach (var input in run.Inputs)
        {
            Plain(md);
            Figures(md, input, run.ShortSeconds);
        }

        Plain(md);
        NotMeasured(md);
        return md.ToString();
    }

    private static void Machine(StringBuilder md, MachineInfo m)
    {
        Plain(md);
        Plain(md, "## Machine");
        Plain(md);
        Line(md, $"- CPU: {m.CpuModel}, {m.Cores} cores (Environment.ProcessorCount)");
        Line(md, $"- RAM: {m.MemoryGiB:F1} GiB; OS: {m.OperatingSystem}; runtime: {m.Runtime}");
        Line(md, $"- Load average when the run started (1, 5, 15 min): {m.LoadAverage}");
        Plain(md);
        Plain(md, "The machine is shared with other engineers' builds and tests, so these figures are noisy: each is a single run, not a");
        Plain(md, "median, and a rerun can differ by tens of per cent. Compare orders of magnitude, not the last digit.");
        Plain(md);
    }

    private static void Method(StringBuilder md, BenchmarkRun run)
    {
        Plain(md, "## How the figures are taken");
        Plain(md);
        Plain(md, "- Each case runs in a child process of its own (`benchmark --one CASE …`, the same binary) so its peak memory is its own:");
        Plain(md, "  the peak resident set (VmHWM, `Process.PeakWorkingSet64`) read by the child when it is done.");
        Plain(md, "- Models are loaded once per process, on first use. Each child first loads its models (timed: the ONNX sessions,");
        Plain(md, $"  and PocketSphinx's decoder by decoding 0.1 s of silence), then runs the case once on the {run.ShortSeconds} s recording (code is");
        Plain(md, "  compiled on first use), then the measured run on the recording of the table, as in the long-running app. Load and");
        Plain(md, "  first run are listed on their own. The peak memory covers all of it.");
        Plain(md, "- Real-time factor (RTF) = wall-clock processing time / media length; lower is faster. Stage times come from the");
        Plain(md, "  pipeline's own stopwatches (SpeechTimings, VisionTimings, the result's timings).");
        Plain(md, "- The bare engine runs as its own process (start-up included, measured separately on 1 s of silence); its peak memory");
        Plain(md, "  is sampled every 50 ms.");
        Plain(md);
    }

    private static void Figures(StringBuilder md, InputResults r, int shortSeconds)
    {
        var media = r.Input.Media.DurationSeconds;
        Line(md, $"## {r.Input.Title}");
        Plain(md);
        Plain(md, "| measurement | time (s) | RTF | target | met? | peak memory (MiB) |");
        Plain(md, "|---|---:|---:|---|---|---:|");
        var speech = r.Speech;
        Row(md, $"Speech pipeline (SpeechAnalyzer: VAD, {speech.Engine}, prosody, metrics), {speech.WordCount} words", speech.Seconds, media,
            $"< {BenchmarkTargets.SpeechRealTimeFactor}", speech.RealTimeFactor < BenchmarkTargets.SpeechRealTimeFactor, speech.PeakWorkingSetBytes);
        foreach (var stage in new[] { "wav read", "vad", "transcription", "prosody", "metrics" }.Where(speech.StageSeconds.ContainsKey))
        {
            Row(md, $"&nbsp;&nbsp;speech stage: {stage}", speech.StageSeconds[stage], media);
        }

        var bare = r.Bare;
        Row(md, $"Bare engine: {(r.BareIsWrapper ? bare.Command : $"`{bare.Command} x.wav` (own process, start-up included)")}, {bare.WordCount} words",
            bare.Seconds, media, peak: bare.PeakWorkingSetBytes);
        if (bare.StartupSeconds is { } startup)
        {
            Row(md, "&nbsp;&nbsp;its start-up (same command on 1 s of silence)", startup, null);
        }

        Ratio(md, "Speech pipeline / bare engine", speech.Seconds / bare.Seconds);
        if (bare.StartupSeconds is not null)
        {
            Ratio(md, "Speech pipeline / bare engine without its start-up (like for like: the pipeline's models are already loaded)",
                speech.Seconds / bare.DecodingSeconds);
        }

        Row(md, $"Vision at 5 fps (VisionAnalyzer, {r.VisionFiveFps.FramesAnalysed} frames analysed)", r.VisionFiveFps.Seconds, media,
            $"< {BenchmarkTargets.VisionFiveFpsRealTimeFactor}", r.VisionFiveFps.RealTimeFactor < BenchmarkTargets.VisionFiveFpsRealTimeFactor,
            r.VisionFiveFps.PeakWorkingSetBytes);
        Row(md, $"Vision every frame ({r.VisionEveryFrame.FramesAnalysed} frames analysed)", r.VisionEveryFrame.Seconds, media,
            peak: r.VisionEveryFrame.PeakWorkingSetBytes);
        var whole = r.Whole;
        Row(md, "Whole RecordingAnalyzer (speech, then vision at 5 fps, then fusion)", whole.Seconds, media,
            $"< {BenchmarkTargets.WholeRealTimeFactor}", whole.RealTimeFactor < BenchmarkTargets.WholeRealTimeFactor, whole.PeakWorkingSetBytes);
        foreach (var (stage, seconds) in whole.StageSeconds.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            Row(md, $"&nbsp;&nbsp;whole-pipeline stage: {stage}", seconds, media);
        }

        Row(md, "WAV extraction (ffmpeg, done by the job before the analysis)", r.Input.WavExtractionSeconds, media);
        Row(md, "Whole RecordingAnalyzer + WAV extraction", whole.Seconds + r.Input.WavExtractionSeconds, media);
        Plain(md);
        VisionStages(md, r);
        FirstRuns(md, r, shortSeconds);
    }

    private static void VisionStages(StringBuilder md, InputResults r)
    {
        Plain(md, "Vision stages, milliseconds per analysed frame (at 5 fps, decode includes the frames decoded and skipped between samples):");
        Plain(md);
        Plain(md, "| stage | at 5 fps | every frame |");
        Plain(md, "|---|---:|---:|");
        var stages = r.VisionFiveFps.MillisecondsPerFrame.Keys.Union(r.VisionEveryFrame.MillisecondsPerFrame.Keys)
            .OrderByDescending(s => r.VisionFiveFps.MillisecondsPerFrame.GetValueOrDefault(s));
        foreach (var stage in stages)
        {
            Line(md, $"| {stage} | {r.VisionFiveFps.MillisecondsPerFrame.GetValueOrDefault(stage):F2} | {r.VisionEveryFrame.MillisecondsPerFrame.GetValueOrDefault(stage):F2} |");
        }

        Plain(md);
    }

    private static void FirstRuns(StringBuilder md, InputResults r, int shortSeconds)
    {
        var cases = new[] { r.Speech, r.VisionFiveFps, r.VisionEveryFrame, r.Whole };
        var sameInput = cases.All(c => Math.Abs(c.FirstRunMediaSeconds - c.MediaSeconds) < 1);
        Plain(md, sameInput
            ? "Model load, then the first run in the fresh process, then the second run on the same recording (models are loaded once per process):"
            : $"Model load and the first run in each child, both on the {shortSeconds} s recording before the measured run above:");
        Plain(md);
        Plain(md, "| case | model load (s) | first run (s) | second run (s) | first - second: first-use compilation and caches (s) |");
        Plain(md, "|---|---:|---:|---:|---:|");
        foreach (var c in cases)
        {
            if (sameInput)
            {
                Line(md, $"| {c.Case} | {c.ModelLoadSeconds:F2} | {c.FirstRunSeconds:F2} | {c.Seconds:F2} | {c.FirstRunSeconds - c.Seconds:F2} |");
            }
            else
            {
                Line(md, $"| {c.Case} | {c.ModelLoadSeconds:F2} | {c.FirstRunSeconds:F2} | | |");
            }
        }

        Plain(md);
    }

    private static void NotMeasured(StringBuilder md)
    {
        Plain(md, "## Not measured by this command");
        Plain(md);
        Plain(md, "| what | figure | command |");
        Plain(md, "|---|---|---|");
        Plain(md, "| Whisper log-mel front end, one 30 s window | 146-194 ms | `dotnet test --filter \"FullyQualifiedName~it_takes_well_under\" --logger \"console;verbosity=detailed\"` |");
        Plain(md);
        Plain(md, "Not measured yet: Whisper transcription speed (its weights are not installed on this machine; the app chose the engine");
        Plain(md, "named above), end-of-answer to next question, end of interview to dashboard ready.");
    }

    private static void Row(StringBuilder md, string what, double seconds, double? media, string target = "", bool? met = null, long peak = 0) =>
        Line(md, $"| {what} | {seconds:F2} | {(media > 0 ? (seconds / media.Value).ToString("F3", CultureInfo.InvariantCulture) : "")} | {target} | {Met(met)} | {(peak > 0 ? (peak / MiB).ToString("F0", CultureInfo.InvariantCulture) : "")} |");

    private static void Ratio(StringBuilder md, string what, double ratio) =>
        Line(md, $"| {what} | {ratio:F2}x | | ≤ {BenchmarkTargets.PipelineOverBareEngine}x | {Met(ratio <= BenchmarkTargets.PipelineOverBareEngine)} | |");

    private static string Met(bool? met) => met switch { true => "met", false => "**not met**", null => "" };

    private static void Line(StringBuilder md, FormattableString text) => md.Append(text.ToString(CultureInfo.InvariantCulture)).Append('\n');

    private static void Plain(StringBuilder md, string text = "") => md.Append(text).Append('\n');
}
