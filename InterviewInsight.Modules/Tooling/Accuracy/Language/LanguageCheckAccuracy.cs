using System.Globalization;
using InterviewInsight.Modules.Engines.Speech.Audio;
using InterviewInsight.Modules.Engines.Speech.Language;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Modules.Tooling.Accuracy.Language;

/// <summary>
/// The not-English check's calibration: the language evidence of every shared English recording and of the
/// espeak-ng answers (<see cref="SynthesisedSpeech"/>), through the same VAD and PocketSphinx path a run takes.
/// </summary>
internal static class LanguageCheckAccuracy
{
    public static async Task<string> MeasureAsync(string testDataDir, string modelsPath, CancellationToken ct)
    {
        using var vad = new SileroVad(Path.Combine(modelsPath, "speech", "silero_vad_v6.onnx"));
        using var stt = new PocketSphinxSpeechToText();
        var rows = new List<(string Name, string Language, bool English, LanguageEvidence Evidence)>();
        foreach (var clip in SharedEnglishClips.Read(testDataDir))
        {
            rows.Add((Path.GetFileNameWithoutExtension(clip), "en (recorded)", true, await MeasureAsync(vad, stt, WavReader.Read(clip), ct)));
        }

        var folder = Directory.CreateTempSubdirectory("ii-language-").FullName;
        try
        {
            foreach (var (voice, text) in SynthesisedSpeech.Answers)
            {
                var samples = await SynthesisedSpeech.SynthesiseAsync(voice, text, folder, ct);
                rows.Add(("espeak-ng " + voice, voice, SynthesisedSpeech.IsEnglish(voice), await MeasureAsync(vad, stt, samples, ct)));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }

        return ToMarkdown(rows);
    }

    private static string ToMarkdown(IReadOnlyList<(string Name, string Language, bool English, LanguageEvidence Evidence)> rows)
    {
        var judged = rows.Where(r => r.Evidence is { TrigramShare: not null, VoicedSeconds: >= NotEnglishCheck.MinVoicedSeconds }).ToList();
        var english = judged.Where(r => r.English && !r.Name.StartsWith("espeak", StringComparison.Ordinal)).ToList();
        var other = judged.Where(r => !r.English).ToList();
        var lowestEnglish = english.MinBy(r => r.Evidence.TrigramShare)!;
        var highestOther = other.MaxBy(r => r.Evidence.TrigramShare)!;
        var threshold = NotEnglishCheck.MinEnglishTrigramShare;
        var falseAlarms = rows.Count(r => r.English && NotEnglishCheck.IsLikelyNotEnglish(r.Evidence));
        var missed = rows.Count(r => !r.English && !NotEnglishCheck.IsLikelyNotEnglish(r.Evidence));
        return string.Join('\n', [
            "| recording | language | words | voiced (s) | mean confidence | words per voiced s | known-trigram share | not English? |",
            "|---|---|---:|---:|---:|---:|---:|---|",
            .. rows.Select(r => Row(r.Name, r.Language, r.Evidence)),
            "",
            Invariant($"Threshold: not English when under {threshold:F2} of the words have a known trigram, judged with at least {NotEnglishCheck.MinVoicedSeconds:0} s of speech (`NotEnglishCheck`)."),
            Invariant($"Lowest recorded English ({english.Count} judged): {lowestEnglish.Evidence.TrigramShare:F2} ({lowestEnglish.Name}), margin {lowestEnglish.Evidence.TrigramShare - threshold:F2}."),
            Invariant($"Highest other language ({other.Count} judged): {highestOther.Evidence.TrigramShare:F2} ({highestOther.Name}), margin {threshold - highestOther.Evidence.TrigramShare:F2}."),
            Invariant($"English recordings called not English: {falseAlarms} of {rows.Count(r => r.English)}; other languages missed: {missed} of {rows.Count(r => !r.English)}."),
        ]) + "\n";
    }

    private static async Task<LanguageEvidence> MeasureAsync(SileroVad vad, PocketSphinxSpeechToText stt, float[] samples, CancellationToken ct)
    {
        var speech = vad.DetectSpeech(samples, null, ct);
        return LanguageEvidence.Measure(await stt.TranscribeAsync(samples, ct), speech);
    }

    private static string Row(string name, string language, LanguageEvidence e) => Invariant(
        $"| {name} | {language} | {e.Words} | {e.VoicedSeconds:F1} | {e.MeanConfidence:F2} | {e.WordsPerVoicedSecond:F2} | {e.TrigramShare:F2} | {(NotEnglishCheck.IsLikelyNotEnglish(e) ? "yes" : "no")} |");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
