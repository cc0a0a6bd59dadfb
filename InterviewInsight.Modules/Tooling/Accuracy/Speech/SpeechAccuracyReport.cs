using System.Diagnostics;
using System.Globalization;
using InterviewInsight.Modules.Engines.Speech.Audio;
using InterviewInsight.Modules.Engines.Speech.Transcription;

namespace InterviewInsight.Modules.Tooling.Accuracy.Speech;

/// <summary>
/// Transcription accuracy over the shared clips that have plain reference transcripts (testdata/MANIFEST.md section B),
/// for the <c>docs/accuracy.md</c> command.
/// </summary>
internal static class SpeechAccuracyReport
{
    /// <summary>Clip names under <c>audio/</c> with a verbatim one-line reference in <c>&lt;name&gt;.txt</c>.</summary>
    public static IReadOnlyList<string> Clips { get; } =
    [
        "B_jfk",
        "B_speechbrain_spk1_snt1", "B_speechbrain_spk1_snt2", "B_speechbrain_spk1_snt3", "B_speechbrain_spk1_snt4", "B_speechbrain_spk1_snt5",
        "B_librivox_ss01_0870", "B_librivox_ss01_0890", "B_librivox_ss01_0920",
    ];

    /// <summary>Runs every available engine over every clip; a clip or engine that is missing makes it throw.</summary>
    public static async Task<IReadOnlyList<SpeechAccuracyRow>> RunAsync(
        string testDataDir, IReadOnlyList<ISpeechToText> engines, CancellationToken ct = default)
    {
        var rows = new List<SpeechAccuracyRow>();
        foreach (var engine in engines)
        {
            if (!engine.IsAvailable(out var reason))
            {
                throw new InvalidOperationException($"Speech engine '{engine.Engine}' is not available: {reason}");
            }

            foreach (var clip in Clips)
            {
                var samples = WavReader.Read(Path.Combine(testDataDir, "audio", clip + ".wav"));
                var reference = await File.ReadAllTextAsync(Path.Combine(testDataDir, "audio", clip + ".txt"), ct).ConfigureAwait(false);
                var clock = Stopwatch.StartNew();
                var transcript = await engine.TranscribeAsync(samples, ct).ConfigureAwait(false);
                var duration = samples.Length / (double)WavReader.SampleRate;
                rows.Add(new SpeechAccuracyRow(
                    clip,
                    transcript.Engine,
                    duration,
                    WordErrorRate.Normalize(reference).Count,
                    WordErrorRate.Compute(reference, transcript.Text),
                    clock.Elapsed.TotalSeconds / duration,
                    transcript.Text));
            }
        }

        return rows;
    }

    /// <summary>The shared clips through the always-available PocketSphinx engine.</summary>
    public static async Task<IReadOnlyList<SpeechAccuracyRow>> RunPocketSphinxAsync(string testDataDir, CancellationToken ct = default)
    {
        using var engine = new PocketSphinxSpeechToText();
        return await RunAsync(testDataDir, [engine], ct).ConfigureAwait(false);
    }

    /// <summary>A markdown table (header included) with one row per clip and engine plus a word-weighted total per engine.</summary>
    public static string ToMarkdown(IReadOnlyList<SpeechAccuracyRow> rows)
    {
        var lines = new List<string>
        {
            "| file | engine | duration (s) | ref. words | WER | RTF |",
            "|---|---|---:|---:|---:|---:|",
        };
        lines.AddRange(rows.Select(r => Row(r.File, r.Engine, r.DurationSeconds, r.ReferenceWords, r.WordErrorRate, r.RealTimeFactor)));
        foreach (var engine in rows.GroupBy(r => r.Engine))
        {
            var words = engine.Sum(r => r.ReferenceWords);
            var errors = engine.Sum(r => r.WordErrorRate * r.ReferenceWords);
            var duration = engine.Sum(r => r.DurationSeconds);
            var time = engine.Sum(r => r.RealTimeFactor * r.DurationSeconds);
            lines.Add(Row("**all**", engine.Key, duration, words, errors / words, time / duration));
        }

        return string.Join('\n', lines) + "\n";
    }

    private static string Row(string file, string engine, double duration, int words, double wer, double rtf) =>
        string.Create(CultureInfo.InvariantCulture, $"| {file} | {engine} | {duration:F1} | {words} | {wer:P1} | {rtf:F2} |");
}
