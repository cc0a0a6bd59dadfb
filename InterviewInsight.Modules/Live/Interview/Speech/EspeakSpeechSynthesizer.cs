using System.Globalization;
using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Live.Interview.Speech;

/// <summary>espeak-ng (Debian package, offline): robotic but always there when the browser has no voice. Answers WAV.</summary>
internal sealed class EspeakSpeechSynthesizer : ISpeechSynthesizer
{
    public const string Binary = "/usr/bin/espeak-ng";

    public string Engine => "espeak-ng";

    public bool IsAvailable => File.Exists(Binary);

    public async Task<SynthesizedSpeech> SynthesizeAsync(string text, double rate, CancellationToken ct)
    {
        // espeak's default is 175 words per minute; the text goes as an argument, never through a shell.
        var wordsPerMinute = (int)Math.Round(175 * Math.Clamp(rate, 0.5, 2.0));
        var wav = Path.Combine(Path.GetTempPath(), $"ii-tts-{Guid.NewGuid():N}.wav");
        try
        {
            await ExternalTool.RunAsync(Binary, ["-v", "en-us", "-s", wordsPerMinute.ToString(CultureInfo.InvariantCulture), "-w", wav, "--", text], ct);
            return new SynthesizedSpeech(await File.ReadAllBytesAsync(wav, ct), "audio/wav");
        }
        finally
        {
            File.Delete(wav);
        }
    }
}
