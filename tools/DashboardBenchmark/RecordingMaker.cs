using System.Diagnostics;
using System.Globalization;

namespace DashboardBenchmark;

/// <summary>A recording to upload and its description for the report.</summary>
internal sealed record Recording(string Path, double Seconds, string Description);

/// <summary>
/// Makes the long recording with ffmpeg in the work folder (never in the repository), the way the app's own benchmark
/// does: the silent 60 s talking-face clip looped, with a speech track of the test clips that have a reference
/// transcript, concatenated in name order and repeated. The video is stream-copied (H.264, 360x288), so it is fast.
/// </summary>
internal static class RecordingMaker
{
    public const string VideoClip = "video/A_clm_franck_000-060.mp4";

    public static async Task<Recording> MakeAsync(string testData, string workDir, int seconds)
    {
        var video = Path.Combine(testData, VideoClip);
        var clips = Directory.GetFiles(Path.Combine(testData, "audio"), "*.wav")
            .Where(w => File.Exists(Path.ChangeExtension(w, ".txt")) || File.Exists(Path.ChangeExtension(w, ".stm")))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (!File.Exists(video) || clips.Count == 0)
        {
            throw new FileNotFoundException($"The test data at {testData} lacks {VideoClip} or audio/*.wav clips with a transcript.");
        }

        // Enough repeats of the clip list for any length; -t cuts the speech at the wanted length.
        var list = Path.Combine(workDir, "speech.txt");
        await File.WriteAllLinesAsync(list, Enumerable.Repeat(clips.Select(c => $"file '{c}'"), (seconds / 60) + 2).SelectMany(l => l));
        var speech = Path.Combine(workDir, "speech.wav");
        var recording = Path.Combine(workDir, "recording.mp4");
        var loops = (int)Math.Ceiling(seconds / 60.0) - 1;
        await FfmpegAsync("-f", "concat", "-safe", "0", "-i", list, "-t", Text(seconds), "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", speech);
        await FfmpegAsync(
            "-stream_loop", Text(loops), "-i", video, "-i", speech, "-map", "0:v:0", "-map", "1:a:0",
            "-c:v", "copy", "-c:a", "aac", "-b:a", "96k", "-shortest", "-movflags", "+faststart", recording);

        var duration = await DurationAsync(recording);
        var description = string.Create(CultureInfo.InvariantCulture,
            $"{duration:F0} s MP4 ({new FileInfo(recording).Length / 1e6:F1} MB): `{VideoClip}` (H.264 360x288, 25 fps, silent) looped {loops + 1}x, stream-copied; "
            + $"AAC 96 kb/s speech from the {clips.Count} clips of `audio/` with a reference transcript, in name order, repeated and cut at {seconds} s.");
        return new Recording(recording, duration, description);
    }

    private static async Task FfmpegAsync(params string[] args)
    {
        var (code, _, error) = await RunAsync("ffmpeg", ["-v", "error", "-y", .. args]);
        if (code != 0)
        {
            throw new InvalidOperationException($"ffmpeg failed ({code}): {error}");
        }
    }

    private static async Task<double> DurationAsync(string file)
    {
        var (_, output, _) = await RunAsync("ffprobe", ["-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", file]);
        return double.Parse(output.Trim(), CultureInfo.InvariantCulture);
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string tool, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
