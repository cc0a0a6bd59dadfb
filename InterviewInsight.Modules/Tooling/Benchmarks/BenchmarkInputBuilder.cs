using System.Diagnostics;
using System.Globalization;
using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Tooling.Benchmarks;

/// <summary>
/// Makes the benchmark recordings with ffmpeg in a temporary folder (never in the repository): the 60 s talking-face
/// clip looped to the wanted length, with a speech track made of the test clips that have a reference transcript,
/// concatenated in name order and repeated until long enough; then the WAV the job would extract from it.
/// </summary>
internal sealed class BenchmarkInputBuilder(string testDataDir, string workDir)
{
    public const string VideoClip = "video/A_clm_franck_000-060.mp4";

    private const string Placeholder = "$TMP";

    public async Task<BenchmarkInput> BuildAsync(string name, string title, int seconds, CancellationToken ct)
    {
        var video = Path.GetFullPath(Path.Combine(testDataDir, VideoClip));
        var clips = ReferenceClips();
        var videoInfo = await MediaProbe.ProbeAsync(video, ct);
        var videoSeconds = videoInfo.DurationSeconds ?? throw new InvalidDataException($"ffprobe gives no duration for {video}.");
        var clipSeconds = 0.0;
        foreach (var clip in clips)
        {
            clipSeconds += (await MediaProbe.ProbeAsync(clip, ct)).DurationSeconds ?? 0;
        }

        var list = Path.Combine(workDir, $"{name}-speech.txt");
        var repeats = (int)Math.Ceiling(seconds / clipSeconds);
        await File.WriteAllLinesAsync(list, Enumerable.Repeat(clips.Select(c => $"file '{c}'"), repeats).SelectMany(l => l), ct);

        var speechWav = Path.Combine(workDir, $"{name}-speech.wav");
        var mp4 = Path.Combine(workDir, $"{name}.mp4");
        var wav = Path.Combine(workDir, $"{name}.wav");
        var loops = Math.Max(0, (int)Math.Round(seconds / videoSeconds) - 1);
        string[] speechArgs = ["-v", "error", "-y", "-f", "concat", "-safe", "0", "-i", list, "-t", Text(seconds), "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", speechWav];
        string[] muxArgs =
        [
            "-v", "error", "-y", "-stream_loop", Text(loops), "-i", video, "-i", speechWav, "-map", "0:v:0", "-map", "1:a:0",
            "-c:v", "copy", "-c:a", "aac", "-b:a", "128k", "-shortest", "-movflags", "+faststart", mp4,
        ];
        await ExternalTool.RunAsync("ffmpeg", speechArgs, ct);
        await ExternalTool.RunAsync("ffmpeg", muxArgs, ct);

        var clock = Stopwatch.StartNew();
        await MediaProbe.ExtractWavAsync(mp4, wav, ct);
        var extraction = clock.Elapsed.TotalSeconds;

        var duration = (await MediaProbe.ProbeAsync(mp4, ct)).DurationSeconds ?? seconds;
        var notes = string.Create(CultureInfo.InvariantCulture,
            $"`{VideoClip}` ({videoSeconds:F0} s, {(videoInfo.HasAudio ? "has an audio track, replaced" : "no audio track (ffprobe), so one is added")}) played {loops + 1}x; "
            + $"speech: the {clips.Count} clips of `audio/` with a reference transcript ({string.Join(", ", clips.Select(Path.GetFileName))}, "
            + $"{clipSeconds:F1} s together), in name order, repeated {repeats}x and cut at {seconds} s. `{Placeholder}/{name}-speech.txt` lists each clip path once per repeat.");
        var extractArgs = ExternalTool.MonoWav16kArgs(mp4, wav);
        return new BenchmarkInput(
            title,
            new BenchmarkMedia(mp4, wav, duration),
            [Command(speechArgs), Command(muxArgs), Command(extractArgs)],
            notes,
            extraction);
    }

    /// <summary>The test clips that have a reference transcript beside them (.txt or .stm), in name order.</summary>
    internal IReadOnlyList<string> ReferenceClips()
    {
        var audio = Path.GetFullPath(Path.Combine(testDataDir, "audio"));
        if (!Directory.Exists(audio))
        {
            throw new DirectoryNotFoundException($"Test data folder '{audio}' is missing (pass --testdata DIR).");
        }

        return [.. Directory.GetFiles(audio, "*.wav")
            .Where(w => File.Exists(Path.ChangeExtension(w, ".txt")) || File.Exists(Path.ChangeExtension(w, ".stm")))
            .Order(StringComparer.Ordinal)];
    }

    private string Command(IEnumerable<string> args) =>
        "ffmpeg " + string.Join(' ', args.Select(a => a
            .Replace(workDir, Placeholder, StringComparison.Ordinal)
            .Replace(Path.GetFullPath(testDataDir), "testdata", StringComparison.Ordinal)));

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
