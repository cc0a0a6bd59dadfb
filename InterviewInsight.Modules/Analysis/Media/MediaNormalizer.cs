using InterviewInsight.Modules.Shared.Configuration;
using InterviewInsight.Modules.Shared.Media;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Analysis.Media;

/// <summary>
/// Remuxes an uploaded or recorded file into one the browser can seek in (range requests need a complete index;
/// MediaRecorder's webm has no duration until remuxed), and extracts the WAV. Streams are copied when the browser can
/// play them and transcoded only when it cannot (mkv/mov with other codecs, PCM audio). The <c>Media</c> limits are
/// checked on the source before anything is written, and the duration again on the remuxed file (docs/architecture.md,
/// "Media limits"); a recording over a limit leaves no derived file behind.
/// </summary>
internal sealed class MediaNormalizer(IMediaStore store, IOptions<MediaOptions> limits)
{
    public const string WavFileName = "audio.wav";

    public const string CombinedFileName = "combined";

    /// <summary>
    /// Several segments (a resumed live interview) are first joined in order: each segment's offset on the session clock
    /// is where the previous ones end, so joining them end to end keeps every time in the result on the session clock.
    /// <c>onProbed</c> is told the recording's length (seconds, when ffprobe knows it) before the long work starts, so a
    /// caller can bound that work.
    /// </summary>
    public async Task<NormalizedMedia> NormalizeAsync(IReadOnlyList<MediaKey> segments, CancellationToken ct, Action<double>? onProbed = null)
    {
        if (segments.Count == 1)
        {
            return await NormalizeAsync(segments[0], ct, onProbed);
        }

        var combined = MediaKey.For(segments[0].SessionId, CombinedFileName + Path.GetExtension(segments[0].FileName));
        var list = Path.Combine(Path.GetTempPath(), $"ii-concat-{Guid.NewGuid():N}.txt");
        var temp = store.NewLocalFile(combined);
        try
        {
            await File.WriteAllLinesAsync(list, segments.Select(s => $"file '{store.LocalPath(s).Replace("'", "'\\''", StringComparison.Ordinal)}'"), ct);
            await ExternalTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-f", "concat", "-safe", "0", "-i", list, "-c", "copy", "-f", Path.GetExtension(combined.FileName) == ".mp4" ? "mp4" : "webm", temp], ct);
            store.CommitLocalFile(temp, combined);
        }
        finally
        {
            File.Delete(list);
            File.Delete(temp);
        }

        try
        {
            return await NormalizeAsync(combined, ct, onProbed);
        }
        catch (MediaLimitExceededException)
        {
            store.Delete(combined);
            throw;
        }
    }

    public async Task<NormalizedMedia> NormalizeAsync(MediaKey source, CancellationToken ct, Action<double>? onProbed = null)
    {
        var sourcePath = store.LocalPath(source);
        var info = await MediaProbe.ProbeAsync(sourcePath, ct);
        if (!info.HasAudio && !info.HasVideo)
        {
            throw new InvalidDataException("The file has neither audio nor video that ffprobe can read.");
        }

        MediaLimits.Enforce(info, limits.Value);
        if (info.DurationSeconds is { } seconds)
        {
            onProbed?.Invoke(seconds);
        }

        var plan = Plan(info);
        var recording = MediaKey.For(source.SessionId, plan.FileName);
        var temp = store.NewLocalFile(recording);
        try
        {
            await ExternalTool.RunAsync("ffmpeg", ["-v", "error", "-y", "-i", sourcePath, .. plan.Arguments, temp], ct);
            store.CommitLocalFile(temp, recording);
        }
        finally
        {
            File.Delete(temp);
        }

        // The source's own duration may be missing or wrong (a live recorder's, a crafted header): the remux's is the one analysed.
        var remuxed = await MediaProbe.ProbeAsync(store.LocalPath(recording), ct);
        try
        {
            MediaLimits.Enforce(remuxed with { StreamCount = 0, Width = null, Height = null, FrameRate = null }, limits.Value);
        }
        catch (MediaLimitExceededException)
        {
            store.Delete(recording);
            throw;
        }

        if (remuxed.DurationSeconds is { } measured && measured != info.DurationSeconds)
        {
            onProbed?.Invoke(measured);
        }

        MediaKey? wav = null;
        if (info.HasAudio)
        {
            wav = MediaKey.For(source.SessionId, WavFileName);
            var wavTemp = store.NewLocalFile(wav.Value);
            try
            {
                await MediaProbe.ExtractWavAsync(store.LocalPath(recording), wavTemp, ct);
                store.CommitLocalFile(wavTemp, wav.Value);
            }
            finally
            {
                File.Delete(wavTemp);
            }
        }

        return new NormalizedMedia(recording, plan.ContentType, wav, info.HasVideo, info.HasAudio, remuxed.DurationSeconds ?? info.DurationSeconds);
    }

    internal sealed record RemuxPlan(string FileName, string ContentType, string[] Arguments);

    internal static RemuxPlan Plan(MediaProbe.MediaInfo info)
    {
        string[] copy = ["-map", "0:v:0?", "-map", "0:a:0?", "-c", "copy"];
        string[] faststart = ["-movflags", "+faststart"];
        return (info.VideoCodec, info.AudioCodec) switch
        {
            ("h264", "aac" or "mp3" or null) => new("recording.mp4", "video/mp4", [.. copy, .. faststart, "-f", "mp4"]),
            ("vp8" or "vp9" or "av1", "opus" or "vorbis" or null) => new("recording.webm", "video/webm", [.. copy, "-f", "webm"]),
            (not null, _) => new("recording.mp4", "video/mp4",
                ["-map", "0:v:0", "-map", "0:a:0?", "-c:v", "libx264", "-preset", "veryfast", "-crf", "23", "-pix_fmt", "yuv420p",
                 "-c:a", "aac", "-b:a", "128k", .. faststart, "-f", "mp4"]),
            (null, "mp3") => new("recording.mp3", "audio/mpeg", ["-map", "0:a:0", "-c", "copy", "-f", "mp3"]),
            (null, "aac") => new("recording.m4a", "audio/mp4", ["-map", "0:a:0", "-c", "copy", .. faststart, "-f", "mp4"]),
            (null, "opus" or "vorbis") => new("recording.webm", "audio/webm", ["-map", "0:a:0", "-c", "copy", "-f", "webm"]),
            _ => new("recording.m4a", "audio/mp4", ["-map", "0:a:0", "-c:a", "aac", "-b:a", "128k", .. faststart, "-f", "mp4"]),
        };
    }
}
