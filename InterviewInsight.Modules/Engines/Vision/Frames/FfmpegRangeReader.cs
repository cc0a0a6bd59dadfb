using System.Buffers.Binary;
using System.Diagnostics;
using System.Globalization;
using OpenCvSharp;

namespace InterviewInsight.Modules.Engines.Vision.Frames;

/// <summary>
/// Decodes only [from, to) of a video at a fixed rate, with ffmpeg seeking and its fps filter, for analysing one answer
/// (or the part no answer covered) without decoding the recording from its start. Frames arrive as BMP images on a
/// pipe, so their size needs no probing and a resolution change mid-recording is simply followed.
/// </summary>
internal static class FfmpegRangeReader
{
    private const int BmpHeaderBytes = 14;

    /// <summary>Frames with times on the file's clock (from + k / fps). A file ending early just ends the frames.</summary>
    public static IEnumerable<SampledFrame> Read(string videoPath, double from, double to, double framesPerSecond, CancellationToken ct)
    {
        if (!File.Exists(videoPath))
        {
            throw new FileNotFoundException($"Video file '{videoPath}' does not exist.", videoPath);
        }

        return to > from && framesPerSecond > 0 ? ReadCore(videoPath, from, to, framesPerSecond, ct) : [];
    }

    private static IEnumerable<SampledFrame> ReadCore(string videoPath, double from, double to, double fps, CancellationToken ct)
    {
        var start = new ProcessStartInfo("ffmpeg")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "-v", "error", "-nostdin", "-ss", Invariant(from), "-i", videoPath, "-t", Invariant(to - from), "-map", "0:v:0", "-an",
            "-vf", $"fps={Invariant(fps)}", "-f", "image2pipe", "-c:v", "bmp", "pipe:1",
        })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("ffmpeg could not be started (apt-get install ffmpeg).");
        var errors = process.StandardError.ReadToEndAsync(ct);
        var output = process.StandardOutput.BaseStream;
        var header = new byte[BmpHeaderBytes];
        var index = 0;
        try
        {
            while (ReadExactly(output, header, ct))
            {
                // "BM", then the file size (little-endian), which is all that is needed to cut the stream into images.
                var size = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(2));
                if (header[0] != 'B' || header[1] != 'M' || size <= BmpHeaderBytes)
                {
                    throw new InvalidDataException("ffmpeg's frame pipe is not a BMP stream.");
                }

                var image = new byte[size];
                header.CopyTo(image, 0);
                if (!ReadExactly(output, image.AsMemory(BmpHeaderBytes), ct))
                {
                    break;
                }

                yield return new SampledFrame(index, from + (index / fps), Cv2.ImDecode(image, ImreadModes.Color));
                index++;
            }
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            process.WaitForExit();
        }

        if (index == 0 && process.ExitCode != 0)
        {
            throw new InvalidOperationException($"ffmpeg could not decode {Invariant(from)}-{Invariant(to)} s of '{videoPath}': {errors.Result.Trim()}");
        }
    }

    private static bool ReadExactly(Stream stream, Memory<byte> buffer, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var read = 0;
        while (read < buffer.Length)
        {
            var n = stream.Read(buffer.Span[read..]);
            if (n == 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }

    private static string Invariant(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
