using System.Diagnostics;
using System.Globalization;

namespace InterviewInsight.Modules.Analysis.Headless;

/// <summary>ffprobe/ffmpeg over a recording: which streams it has, and its audio as 16 kHz mono PCM WAV.</summary>
internal static class MediaProbe
{
    public sealed record MediaInfo(bool HasAudio, bool HasVideo, double? DurationSeconds);

    public static async Task<MediaInfo> ProbeAsync(string path, CancellationToken ct)
    {
        var output = await RunAsync("ffprobe", ["-v", "error", "-show_entries", "stream=codec_type:format=duration", "-of", "default=nw=1", path], ct);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var duration = lines.Where(l => l.StartsWith("duration=", StringComparison.Ordinal))
            .Select(l => double.TryParse(l[9..], NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : (double?)null)
            .FirstOrDefault();
        return new MediaInfo(lines.Contains("codec_type=audio"), lines.Contains("codec_type=video"), duration);
    }

    public static Task ExtractWavAsync(string media, string wav, CancellationToken ct) =>
        RunAsync("ffmpeg", ["-v", "error", "-y", "-i", media, "-vn", "-ac", "1", "-ar", "16000", "-c:a", "pcm_s16le", wav], ct);

    private static async Task<string> RunAsync(string tool, string[] args, CancellationToken ct)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(psi) ?? throw new InvalidOperationException($"{tool} could not be started.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"{tool} is not installed (apt-get install ffmpeg).", ex);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync(ct);
            var stderr = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
            {
                throw new InvalidDataException($"{tool} could not read the file: {(await stderr).Trim()}");
            }

            return await stdout;
        }
    }
}
