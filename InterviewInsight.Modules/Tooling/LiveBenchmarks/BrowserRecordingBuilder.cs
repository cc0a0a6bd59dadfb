using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>
/// Makes one recording like Chromium's MediaRecorder: VP8 + Opus in live WebM (Opus only when the camera is off), a real
/// face video looped and real speech in every answer slot, silence elsewhere; then cuts it into timeslice chunks.
/// </summary>
internal static class BrowserRecordingBuilder
{
    public const string FaceVideo = "video/A_clm_franck_000-060.mp4";

    public static async Task<BrowserRecording> BuildAsync(LiveBenchmarkOptions options, RecordingTimeline timeline, string workDir, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var pool = await SpeechPool.LoadAsync(options.TestDataDir, workDir, ct);
        var track = Path.Combine(workDir, "track.s16le");
        await File.WriteAllBytesAsync(track, AudioTrack(timeline, pool), ct);

        var video = Path.Combine(options.TestDataDir, FaceVideo);
        if (options.CameraOn && !File.Exists(video))
        {
            throw new FileNotFoundException($"The face video '{video}' is missing from the test data.", video);
        }

        var webm = Path.Combine(workDir, "recording.webm");
        var args = EncodeArguments(options.CameraOn ? video : null, track, timeline.DurationSeconds, webm);
        await ExternalTool.RunAsync("ffmpeg", args, ct);
        var bytes = await File.ReadAllBytesAsync(webm, ct);
        var chunks = Cut(bytes, WebmBlockIndex.Read(bytes), timeline.ChunkEnds());
        return new BrowserRecording(
            options.CameraOn ? "video/webm;codecs=vp8,opus" : "audio/webm;codecs=opus",
            bytes.LongLength,
            timeline,
            chunks,
            options.CameraOn ? FaceVideo : null,
            pool.Clips,
            pool.DurationSeconds,
            [
                $"ffmpeg -i audio/<clip>.wav -f s16le -ac 1 -ar {SpeechPool.SampleRate} <clip>.s16le   (each clip; joined with 0.6 s pauses, looped, placed in the answer slots; silence elsewhere)",
                "ffmpeg " + string.Join(' ', args.Select(a => a.Contains(' ', StringComparison.Ordinal) ? $"\"{a}\"" : a))
                    .Replace(workDir, "$TMP", StringComparison.Ordinal).Replace(options.TestDataDir, "$TESTDATA", StringComparison.Ordinal),
            ],
            watch.Elapsed.TotalSeconds);
    }

    private static byte[] AudioTrack(RecordingTimeline timeline, SpeechPool pool)
    {
        var samples = new short[(int)Math.Ceiling(timeline.DurationSeconds * SpeechPool.SampleRate)];
        foreach (var slot in timeline.Slots)
        {
            var speech = pool.Next(slot.SpeechEnd - slot.SpeechStart);
            Array.Copy(speech, 0, samples, (int)Math.Round(slot.SpeechStart * SpeechPool.SampleRate), speech.Length);
        }

        var bytes = new byte[samples.Length * 2];
        Buffer.BlockCopy(samples, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    private static List<string> EncodeArguments(string? video, string track, double seconds, string output)
    {
        var args = new List<string> { "-v", "error", "-y" };
        if (video is not null)
        {
            args.AddRange(["-stream_loop", "-1", "-i", video]);
        }

        args.AddRange(["-f", "s16le", "-ar", SpeechPool.SampleRate.ToString(CultureInfo.InvariantCulture), "-ac", "1", "-i", track]);
        args.AddRange(["-t", seconds.ToString("0.###", CultureInfo.InvariantCulture)]);
        if (video is not null)
        {
            // Real-time VP8 at a webcam-like bit rate, as Chromium's encoder runs; audio is the second input.
            args.AddRange(["-map", "0:v", "-map", "1:a", "-c:v", "libvpx", "-deadline", "realtime", "-cpu-used", "8", "-b:v", "1M", "-g", "100"]);
        }

        // -live 1: segment and clusters of unknown size and no cues, the layout a MediaRecorder stream has.
        args.AddRange(["-c:a", "libopus", "-b:a", "64k", "-ar", "48000", "-ac", "1", "-live", "1", "-f", "webm", output]);
        return args;
    }

    /// <summary>Chunk k holds the blocks timed in [end(k-1), end(k)); a slice with no block is never sent, as MediaRecorder sends none.</summary>
    private static List<RecorderChunk> Cut(byte[] file, IReadOnlyList<(long Position, double Seconds)> units, IReadOnlyList<double> ends)
    {
        var chunks = new List<RecorderChunk>();
        long from = 0;
        var start = 0.0;
        foreach (var end in ends)
        {
            // The last chunk takes the rest (the recorder's stop), including Opus padding timed past the end.
            var to = end < ends[^1] && units.FirstOrDefault(u => u.Seconds >= end - 1e-6) is { Position: > 0 } next ? next.Position : file.LongLength;
            if (to > from)
            {
                var bytes = file[(int)from..(int)to];
                chunks.Add(new RecorderChunk(chunks.Count, start, end, bytes, Convert.ToHexStringLower(SHA256.HashData(bytes))));
                from = to;
                start = end;
            }
        }

        return chunks;
    }
}
