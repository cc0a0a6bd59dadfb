using System.Collections.Concurrent;
using System.Text;

namespace InterviewInsight.Tests.TestInfrastructure;

/// <summary>
/// Malformed and over-limit recordings, made with the real ffmpeg at test time (nothing binary is checked in), each
/// once per test run and shared by the tests that send them through the upload, chunk and analysis paths.
/// </summary>
public static class MalformedMedia
{
    /// <summary>Every case by name, with the file name it is sent as.</summary>
    public static readonly IReadOnlyDictionary<string, string> FileNames = new Dictionary<string, string>
    {
        ["cut-10"] = "cut-10.webm",
        ["cut-50"] = "cut-50.webm",
        ["cut-90"] = "cut-90.webm",
        ["zero-bytes"] = "empty.webm",
        ["wrong-magic"] = "wrong-magic.webm",
        ["random-behind-header"] = "random-tail.webm",
        ["8k-video"] = "8k.mp4",
        ["1000-fps"] = "1000fps.mp4",
        ["30-audio-streams"] = "30-streams.mkv",
        ["3-hours-of-silence"] = "silence-3h.webm",
        ["3-hours-live-no-duration"] = "silence-3h-live.webm",
        ["corrupt-webm-clusters"] = "corrupt-clusters.webm",
        ["text-named-mp4"] = "notes.mp4",
    };

    private static readonly ConcurrentDictionary<string, Lazy<Task<byte[]>>> Made = new();
    private static readonly string Folder = Directory.CreateTempSubdirectory("ii-malformed-").FullName;

    public static Task<byte[]> BytesAsync(string name) => Made.GetOrAdd(name, n => new Lazy<Task<byte[]>>(() => MakeAsync(n))).Value;

    /// <summary>A whole, good webm (VP8 + Opus, 11 s of a real clip): the source of the damaged ones.</summary>
    public static Task<byte[]> GoodWebmAsync() => BytesAsync("good");

    private static async Task<byte[]> MakeAsync(string name)
    {
        switch (name)
        {
            case "good":
                return await FfmpegAsync("good.webm", "-i", TestAssets.TestData("video/A_lrs2_00016.mp4"), "-c:v", "libvpx", "-b:v", "200k", "-c:a", "libopus");
            case "cut-10" or "cut-50" or "cut-90":
                var whole = await GoodWebmAsync();
                return whole[..(whole.Length * int.Parse(name[4..], System.Globalization.CultureInfo.InvariantCulture) / 100)];
            case "zero-bytes":
                return [];
            case "wrong-magic":
                var magic = (byte[])(await GoodWebmAsync()).Clone();
                magic.AsSpan(0, 4).Clear(); // the EBML magic 1A 45 DF A3
                return magic;
            case "random-behind-header":
                // The header and track list stay; everything after them is noise.
                return [.. (await GoodWebmAsync())[..4096], .. Noise(200_000, seed: 1)];
            case "corrupt-webm-clusters":
                var clusters = (byte[])(await GoodWebmAsync()).Clone();
                foreach (var offset in new[] { 100_000, 200_000, 300_000 })
                {
                    Noise(2000, seed: offset).CopyTo(clusters, offset);
                }

                return clusters;
            case "8k-video":
                return await FfmpegAsync("8k.mp4", "-f", "lavfi", "-i", "color=c=gray:s=7680x4320:r=1", "-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono",
                    "-t", "1", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac");
            case "1000-fps":
                return await FfmpegAsync("1000fps.mp4", "-f", "lavfi", "-i", "color=c=gray:s=64x64:r=1000", "-f", "lavfi", "-i", "anullsrc=r=16000:cl=mono",
                    "-t", "1", "-c:v", "libx264", "-preset", "ultrafast", "-c:a", "aac");
            case "30-audio-streams":
                return await FfmpegAsync("30-streams.mkv", ["-f", "lavfi", "-i", "anullsrc=r=8000:cl=mono", "-t", "1",
                    .. Enumerable.Repeat(new[] { "-map", "0:a" }, 30).SelectMany(a => a), "-c:a", "libopus", "-b:a", "6k"]);
            case "3-hours-of-silence" or "3-hours-live-no-duration":
                // One minute of Opus silence encoded, then looped by copy: three hours in about 6.5 MB and a few seconds.
                await FfmpegAsync("silence-1min.webm", "-f", "lavfi", "-i", "anullsrc=r=48000:cl=mono", "-t", "60", "-c:a", "libopus", "-b:a", "6k");
                var live = name == "3-hours-live-no-duration";
                return await FfmpegAsync(live ? "silence-3h-live.webm" : "silence-3h.webm",
                    ["-stream_loop", "179", "-i", Path.Combine(Folder, "silence-1min.webm"), "-c", "copy", .. live ? new[] { "-live", "1" } : [], "-f", "webm"]);
            case "text-named-mp4":
                return Encoding.UTF8.GetBytes("Notes for the interview: talk about the migration project, then the outage.\n");
            default:
                throw new ArgumentOutOfRangeException(nameof(name), name, "No such malformed media case.");
        }
    }

    private static async Task<byte[]> FfmpegAsync(string output, params string[] args)
    {
        var path = Path.Combine(Folder, output);
        await Ffmpeg.RunAsync([.. args, path]);
        return await File.ReadAllBytesAsync(path);
    }

    private static byte[] Noise(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }
}
