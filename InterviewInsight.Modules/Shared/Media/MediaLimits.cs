using System.Globalization;
using InterviewInsight.Modules.Shared.Configuration;

namespace InterviewInsight.Modules.Shared.Media;

/// <summary>
/// The limits of the <c>Media</c> section over a probed recording (docs/architecture.md, "Media limits"): checked before
/// anything is decoded, so a file too long, too large or too fast costs one ffprobe and no more.
/// </summary>
public static class MediaLimits
{
    /// <exception cref="MediaLimitExceededException">The first limit the recording breaks, with the limit and what was found.</exception>
    public static void Enforce(MediaProbe.MediaInfo info, MediaOptions limits)
    {
        if (info.StreamCount > limits.MaxStreams)
        {
            throw new MediaLimitExceededException(
                $"The file has {info.StreamCount} audio and video streams; the limit is {limits.MaxStreams}. Export it again with one audio and one video stream.");
        }

        if (info is { Width: { } w, Height: { } h } && (Math.Max(w, h) > limits.MaxWidth || Math.Min(w, h) > limits.MaxHeight))
        {
            throw new MediaLimitExceededException(
                $"The video is {w}×{h} pixels; the limit is {limits.MaxWidth}×{limits.MaxHeight} (either way round). Export it at a lower resolution, such as 1920×1080.");
        }

        if (info.FrameRate is { } fps && fps > limits.MaxFrameRate)
        {
            throw new MediaLimitExceededException(
                $"The video runs at {fps.ToString("0.##", CultureInfo.InvariantCulture)} frames per second; the limit is {limits.MaxFrameRate.ToString("0.##", CultureInfo.InvariantCulture)}. Export it at 30 frames per second.");
        }

        if (info.DurationSeconds is { } seconds && seconds > limits.MaxDurationSeconds)
        {
            throw new MediaLimitExceededException(
                $"The recording is {FormatDuration(seconds)} long; the limit is {FormatDuration(limits.MaxDurationSeconds)}. Trim it, or split it into shorter recordings.");
        }
    }

    /// <summary>"2 GB", "9.5 MB", "10,000 bytes", for messages.</summary>
    public static string FormatBytes(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => (bytes / (1024.0 * 1024 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " GB",
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        _ => bytes.ToString("N0", CultureInfo.InvariantCulture) + " bytes",
    };

    /// <summary>"2 h 5 min", "12 min 30 s", "45 s": whole seconds, for messages.</summary>
    public static string FormatDuration(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Floor(seconds));
        return t.TotalHours >= 1 ? $"{(int)t.TotalHours} h {t.Minutes} min"
            : t.TotalMinutes >= 1 ? (t.Seconds == 0 ? $"{t.Minutes} min" : $"{t.Minutes} min {t.Seconds} s")
            : $"{t.Seconds} s";
    }
}
