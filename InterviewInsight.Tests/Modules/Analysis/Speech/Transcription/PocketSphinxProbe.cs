using InterviewInsight.Modules.Analysis.Speech.Transcription;
using InterviewInsight.Modules.Analysis.Speech.Vad;
using Xunit.Abstractions;

namespace InterviewInsight.Tests.Modules.Analysis.Speech.Transcription;

public sealed class PocketSphinxProbe(ITestOutputHelper output)
{
    [Fact]
    public async Task Probe()
    {
        using var stt = new PocketSphinxSpeechToText();
        using var vad = new SileroVad(SpeechTestAudio.VadModel);
        foreach (var clip in SpeechClips.WithReference)
        {
            var samples = SpeechTestAudio.Load(clip);
            var sw = System.Diagnostics.Stopwatch.StartNew();
            var whole = await stt.TranscribeAsync(samples, default);
            var t1 = sw.Elapsed.TotalSeconds;
            var segs = vad.DetectSpeech(samples);
            var regions = segs.Select(s => ((int)(s.Start * 16000), Math.Min(samples.Length, (int)(s.End * 16000)))).ToList();
            var per = await stt.DecodeRegionsAsync(samples, regions, default);
            output.WriteLine($"{clip} t={t1:F2}s dur={samples.Length / 16000.0:F1}\n  W: {whole.Text}\n  V: {per.Text}\n  words: {string.Join(" ", whole.Words.Select(w => $"{w.Text}[{w.Start:F2}-{w.End:F2} {w.Confidence:F2}]"))}");
        }
    }
}
