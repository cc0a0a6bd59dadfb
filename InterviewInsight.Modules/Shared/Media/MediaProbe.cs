using System.Globalization;
using System.Text.Json;

namespace InterviewInsight.Modules.Shared.Media;

/// <summary>ffprobe over a recording: which streams it has, their codecs, the picture's size and rate, and its duration.</summary>
public static class MediaProbe
{
    /// <summary>
    /// What ffprobe found. <c>StreamCount</c> counts audio and video streams without cover art (data and subtitle tracks
    /// are not counted); <c>Width</c> and <c>Height</c> are the largest picture and <c>FrameRate</c> the highest average
    /// rate among the video streams, null when unknown.
    /// </summary>
    public sealed record MediaInfo(
        bool HasAudio, bool HasVideo, string? AudioCodec, string? VideoCodec, string? Container, double? DurationSeconds,
        int StreamCount = 0, int? Width = null, int? Height = null, double? FrameRate = null);

    /// <summary>How long a demux pass may take when the container states no duration (it copies packets, decodes nothing).</summary>
    private static readonly TimeSpan MeasureTimeLimit = TimeSpan.FromMinutes(2);

    /// <exception cref="InvalidDataException">ffprobe cannot read the file (truncated, not media).</exception>
    /// <exception cref="InvalidOperationException">ffprobe is not installed.</exception>
    public static async Task<MediaInfo> ProbeAsync(string path, CancellationToken ct)
    {
        var output = await ExternalTool.RunAsync("ffprobe",
            ["-v", "error", "-show_entries", "stream=codec_type,codec_name,width,height,avg_frame_rate:stream_disposition=attached_pic:format=duration,format_name",
             "-of", "json", path], ct);
        var info = Parse(output);

        // MediaRecorder's webm (and any file written as a stream) states no duration: measure it, so no limit is skipped for want of one.
        return info.DurationSeconds is null && info.StreamCount > 0 ? info with { DurationSeconds = (await ReadThroughAsync(path, ct)).LastPacketSeconds } : info;
    }

    internal static MediaInfo Parse(string ffprobeJson)
    {
        using var doc = JsonDocument.Parse(ffprobeJson);
        string? audio = null, video = null;
        int streams = 0, width = 0, height = 0;
        double rate = 0;
        var all = doc.RootElement.TryGetProperty("streams", out var s) && s.ValueKind == JsonValueKind.Array ? [.. s.EnumerateArray()] : new List<JsonElement>();
        foreach (var stream in all)
        {
            var codec = Text(stream, "codec_name") ?? "unknown";
            switch (Text(stream, "codec_type"))
            {
                case "audio":
                    audio ??= codec;
                    streams++;
                    break;

                // Cover art in an mp3/m4a is a "video" stream of one picture: not a recording of the candidate.
                case "video" when !IsCoverArt(stream, codec):
                    video ??= codec;
                    streams++;
                    width = Math.Max(width, Number(stream, "width"));
                    height = Math.Max(height, Number(stream, "height"));
                    rate = Math.Max(rate, Rate(Text(stream, "avg_frame_rate")));
                    break;
            }
        }

        var format = doc.RootElement.TryGetProperty("format", out var f) ? f : default;
        double? duration = format.ValueKind == JsonValueKind.Object
            && double.TryParse(Text(format, "duration"), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) ? d : null;
        return new MediaInfo(audio is not null, video is not null, audio, video, format.ValueKind == JsonValueKind.Object ? Text(format, "format_name") : null,
            duration, streams, width > 0 ? width : null, height > 0 ? height : null, rate > 0 ? rate : null);
    }

    /// <summary>The audio as 16 kHz mono 16-bit PCM WAV, the input of every speech model.</summary>
    public static Task ExtractWavAsync(string media, string wav, CancellationToken ct) =>
        ExternalTool.RunAsync("ffmpeg", ExternalTool.MonoWav16kArgs(media, wav), ct);

    /// <summary>What one pass over every packet found: the time of the last one and the first damage the demuxer reported.</summary>
    public sealed record ReadThrough(double? LastPacketSeconds, string? Damage);

    /// <summary>
    /// Copies every stream into ffmpeg's null muxer (nothing is decoded, so it runs at disk speed): a file cut short or
    /// with broken clusters is reported here even where ffprobe, which reads only the header, finds nothing wrong.
    /// </summary>
    /// <exception cref="InvalidDataException">ffmpeg cannot read the file at all.</exception>
    /// <exception cref="TimeoutException">The pass took longer than two minutes.</exception>
    public static async Task<ReadThrough> ReadThroughAsync(string path, CancellationToken ct)
    {
        var (progress, errors) = await ExternalTool.RunWithErrorsAsync("ffmpeg",
            ["-v", "error", "-nostats", "-xerror", "-i", path, "-map", "0", "-c", "copy", "-f", "null", "-progress", "pipe:1", "-"], ct, MeasureTimeLimit);
        var last = progress.Split('\n', StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith("out_time_us=", StringComparison.Ordinal))
            .Select(l => long.TryParse(l["out_time_us=".Length..], CultureInfo.InvariantCulture, out var us) ? us : -1)
            .LastOrDefault(-1);
        var damage = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        return new ReadThrough(last > 0 ? last / 1e6 : null, damage is null ? null : WithoutLogPrefix(damage));
    }

    /// <summary>"[matroska,webm @ 0x55d…] File ended prematurely" → "File ended prematurely": no addresses in messages.</summary>
    private static string WithoutLogPrefix(string line) =>
        line.StartsWith('[') && line.IndexOf("] ", StringComparison.Ordinal) is var end and > 0 ? line[(end + 2)..] : line;

    private static bool IsCoverArt(JsonElement stream, string codec) =>
        codec is "mjpeg" or "png"
        || (stream.TryGetProperty("disposition", out var disposition) && disposition.TryGetProperty("attached_pic", out var pic) && pic.ValueKind == JsonValueKind.Number && pic.GetInt32() == 1);

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText() : null;

    private static int Number(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.TryGetInt32(out var n) ? n : 0;

    /// <summary>ffprobe's "num/den"; "0/0" (unknown, as for audio) is 0.</summary>
    private static double Rate(string? fraction) =>
        fraction?.Split('/') is [var n, var d]
        && double.TryParse(n, NumberStyles.Float, CultureInfo.InvariantCulture, out var num)
        && double.TryParse(d, NumberStyles.Float, CultureInfo.InvariantCulture, out var den) && den > 0 ? num / den : 0;
}
