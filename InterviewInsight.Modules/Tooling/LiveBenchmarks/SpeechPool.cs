using System.Globalization;
using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>
/// The test data's speech clips that have reference transcripts, joined with short pauses into one loop of real speech
/// (16 kHz mono PCM samples). Each answer takes the next stretch of the loop, so no two answers start alike.
/// </summary>
internal sealed class SpeechPool
{
    public const int SampleRate = 16000;
    private const double PauseBetweenClipsSeconds = 0.6;

    private readonly short[] samples;
    private long cursor;

    private SpeechPool(short[] samples, IReadOnlyList<string> clips)
    {
        this.samples = samples;
        Clips = clips;
    }

    public IReadOnlyList<string> Clips { get; }

    public double DurationSeconds => samples.Length / (double)SampleRate;

    public static async Task<SpeechPool> LoadAsync(string testDataDir, string workDir, CancellationToken ct)
    {
        var audioDir = Path.Combine(testDataDir, "audio");
        var clips = Directory.Exists(audioDir)
            ? Directory.GetFiles(audioDir, "*.wav").Where(w => File.Exists(Path.ChangeExtension(w, ".txt"))).Order(StringComparer.Ordinal).ToList()
            : [];
        if (clips.Count == 0)
        {
            throw new FileNotFoundException($"No speech clips with reference transcripts (audio/*.wav + .txt) under '{audioDir}'.", audioDir);
        }

        var joined = new List<short>();
        var pause = new short[(int)(PauseBetweenClipsSeconds * SampleRate)];
        foreach (var clip in clips)
        {
            // ffmpeg decodes whatever the clip is into the one raw format, so no WAV parsing lives here.
            var raw = Path.Combine(workDir, Path.GetFileNameWithoutExtension(clip) + ".s16le");
            await ExternalTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-i", clip, "-f", "s16le", "-ac", "1", "-ar", SampleRate.ToString(CultureInfo.InvariantCulture), raw], ct);
            var bytes = await File.ReadAllBytesAsync(raw, ct);
            File.Delete(raw);
            var pcm = new short[bytes.Length / 2];
            Buffer.BlockCopy(bytes, 0, pcm, 0, pcm.Length * 2);
            joined.AddRange(pcm);
            joined.AddRange(pause);
        }

        return new SpeechPool([.. joined], [.. clips.Select(Path.GetFileName).OfType<string>()]);
    }

    /// <summary>The next <paramref name="seconds"/> of speech, wrapping round to the first clip when the loop runs out.</summary>
    public short[] Next(double seconds)
    {
        var result = new short[(int)Math.Round(seconds * SampleRate)];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = samples[cursor++ % samples.Length];
        }

        return result;
    }
}
