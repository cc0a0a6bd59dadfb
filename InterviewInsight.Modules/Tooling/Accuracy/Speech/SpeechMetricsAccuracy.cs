using System.Globalization;
using System.Text.Json;
using InterviewInsight.Modules.Engines.Speech;
using InterviewInsight.Modules.Engines.Speech.Audio;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Modules.Tooling.Accuracy.Speech;

/// <summary>
/// The derived speech metrics against what the shared clips' manifests state: words per minute against the reference
/// word count over the same speaking time, pauses against the pyannote speaker-turn annotation, and filler counts
/// against the SpokenWOZ word list (um/uh) and the pyannote transcript ("you know").
/// </summary>
internal static class SpeechMetricsAccuracy
{
    private const double MinPauseSeconds = 0.25;

    public static async Task<string> MeasureAsync(string testDataDir, string modelsPath, CancellationToken ct)
    {
        using var vad = new SileroVad(Path.Combine(modelsPath, "speech", "silero_vad_v6.onnx"));
        using var stt = new PocketSphinxSpeechToText();
        var analyzer = new SpeechAnalyzer(vad, stt);
        var audio = Path.Combine(testDataDir, "audio");
        var lines = new List<string>
        {
            "## Speech metrics against the references (PocketSphinx + Silero VAD)",
            "",
            "Words per minute over speaking time: the reference's word count over the VAD speaking time, against the pipeline's own count.",
            "",
            "| file | ref. words | measured words | speaking (s) | ref. wpm | measured wpm | error |",
            "|---|---:|---:|---:|---:|---:|---:|",
        };
        var errors = new List<double>();
        foreach (var clip in SpeechAccuracyReport.Clips)
        {
            var result = await analyzer.AnalyzeAsync(WavReader.Read(Path.Combine(audio, clip + ".wav")), null, ct);
            var referenceWords = WordErrorRate.Normalize(await File.ReadAllTextAsync(Path.Combine(audio, clip + ".txt"), ct)).Count;
            var speaking = result.Speech.SpeakingSeconds;
            var referenceWpm = speaking > 0 ? referenceWords / speaking * 60 : 0;
            var error = referenceWpm > 0 ? (result.Speech.WordsPerMinuteSpeaking - referenceWpm) / referenceWpm : 0;
            errors.Add(Math.Abs(error));
            lines.Add(Invariant($"| {clip} | {referenceWords} | {result.Speech.WordCount} | {speaking:F1} | {referenceWpm:F0} | {result.Speech.WordsPerMinuteSpeaking:F0} | {error:+0.0%;-0.0%} |"));
        }

        lines.Add("");
        lines.Add(Invariant($"Mean absolute words-per-minute error: {errors.Average():P1}."));
        lines.Add("");

        var pyannote = await analyzer.AnalyzeAsync(WavReader.Read(Path.Combine(audio, "B_pyannote_sample.wav")), null, ct);
        var annotatedPauses = PausesFromRttm(await File.ReadAllLinesAsync(Path.Combine(audio, "B_pyannote_sample.rttm"), ct));
        var stm = (await File.ReadAllTextAsync(Path.Combine(audio, "B_pyannote_sample.stm"), ct)).ToLowerInvariant();
        var spokenWoz = await analyzer.AnalyzeAsync(WavReader.Read(Path.Combine(audio, "B_spokenwoz_SNG0480_000-059_spkA.wav")), null, ct);

        // The word list covers the whole source call; only the words inside the clip's window count.
        var wozFillers = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(audio, "B_spokenwoz_SNG0480_000-059.source_words.json"), ct))
            .RootElement.EnumerateArray().Count(w => w.GetProperty("speaker").GetString() == "A" && w.GetProperty("word").GetString() is "um" or "uh"
                && w.GetProperty("start").GetDouble() < spokenWoz.DurationSeconds);

        lines.Add("| check | reference | measured |");
        lines.Add("|---|---:|---:|");
        lines.Add(Invariant($"| pauses ≥ {MinPauseSeconds} s between speech, `B_pyannote_sample` (RTTM speaker turns) | {annotatedPauses} | {pyannote.Speech.Pauses.Count} |"));
        lines.Add(Invariant($"| \"you know\", `B_pyannote_sample` (STM transcript) | {CountOf(stm, "you know")} | {pyannote.Speech.Fillers.Items.Count(f => f.Text == "you know")} |"));
        lines.Add(Invariant($"| um/uh by the caller, `B_spokenwoz_SNG0480_000-059_spkA` (source word list) | {wozFillers} | {spokenWoz.Speech.Fillers.Items.Count(f => f.Text is "um" or "uh")} |"));
        lines.Add("");
        lines.Add("PocketSphinx's language model rarely emits hesitations, so vocal fillers (um, uh) are under-counted with it; lexical");
        lines.Add("fillers (\"you know\", \"like\") depend on its word accuracy. The counts are reported, not tuned to.");
        return string.Join('\n', lines) + "\n";
    }

    /// <summary>Gaps of at least <see cref="MinPauseSeconds"/> in the union of the annotated speech turns.</summary>
    internal static int PausesFromRttm(IEnumerable<string> rttm)
    {
        var turns = rttm.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length > 4 && p[0] == "SPEAKER")
            .Select(p => (Start: double.Parse(p[3], CultureInfo.InvariantCulture), End: double.Parse(p[3], CultureInfo.InvariantCulture) + double.Parse(p[4], CultureInfo.InvariantCulture)))
            .OrderBy(t => t.Start)
            .ToList();
        var pauses = 0;
        var end = turns.Count > 0 ? turns[0].End : 0;
        foreach (var turn in turns.Skip(1))
        {
            if (turn.Start - end >= MinPauseSeconds)
            {
                pauses++;
            }

            end = Math.Max(end, turn.End);
        }

        return pauses;
    }

    private static int CountOf(string text, string phrase)
    {
        var count = 0;
        for (var i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + phrase.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
