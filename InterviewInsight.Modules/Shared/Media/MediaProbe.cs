using System.Globalization;

namespace InterviewInsight.Modules.Shared.Media;

/// <summary>ffprobe over a recording: which streams it has, their codecs and the duration the container states.</summary>
public static class MediaProbe
{
    public sealed record MediaInfo(bool HasAudio, bool HasVideo, string? AudioCodec, string? VideoCodec, string? Container, double? DurationSeconds);

    /// <exception cref="InvalidDataException">ffprobe cannot read the file (truncated, not media).</exception>
    /// <exception cref="InvalidOperationException">ffprobe is not installed.</exception>
    public static async Task<MediaInfo> ProbeAsync(string path, CancellationToken ct)
    {
        var output = await ExternalTool.RunAsync(
            "ffprobe", ["-v", "error", "-show_entries", "stream=codec_type,codec_name:format=duration,format_name", "-of", "default=nw=1", path], ct);
        string? audio = null, video = null, container = null, pendingCodec = null;
        double? duration = null;
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = line.IndexOf('=') is var i and > 0 ? (line[..i], line[(i + 1)..]) : (line, "");
            switch (name)
            {
                case "codec_name":
                    pendingCodec = value;
                    break;
                case "codec_type" when value == "audio":
                    audio ??= pendingCodec ?? "unknown";
                    break;
                case "codec_type" when value == "video" && pendingCodec is not ("mjpeg" or "png"):
                    // Cover art in an mp3/m4a is a "video" stream of one picture: not a recording of the candidate.
                    video ??= pendingCodec ?? "unknown";
                    break;
                case "format_name":
                    container = value;
                    break;
                case "duration" when double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d):
                    duration = d;
                    break;
            }
        }

        return new MediaInfo(audio is not null, video is not null, audio, video, container, duration);
    }

    /// <summary>The audio as 16 kHz mono 16-bit PCM WAV, the input of every speech model.</summary>
    public static Task ExtractWavAsync(string media, string wav, CancellationToken ct) =>
        ExternalTool.RunAsync("ffmpeg", ExternalTool.MonoWav16kArgs(media, wav), ct);
}
