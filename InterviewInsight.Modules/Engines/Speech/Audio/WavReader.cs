using System.Buffers.Binary;

namespace InterviewInsight.Modules.Engines.Speech.Audio;

/// <summary>
/// Reads the one WAV layout the speech pipeline accepts: 16 kHz, mono, 16-bit PCM (what the orchestration produces with
/// <c>ffmpeg -ac 1 -ar 16000 -c:a pcm_s16le</c>). Anything else is rejected with a message saying what was found,
/// because silently resampling here would hide a broken conversion step.
/// </summary>
internal static class WavReader
{
    public const int SampleRate = 16_000;

    private const ushort FormatPcm = 1;
    private const ushort FormatExtensible = 0xFFFE;

    /// <summary>Samples scaled to [-1, 1).</summary>
    public static float[] Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"WAV file '{path}' does not exist.", path);
        }

        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    public static float[] Read(Stream stream, string name = "stream")
    {
        using var reader = new BinaryReader(stream);
        var header = reader.ReadBytes(12);
        if (header.Length < 12 || !IsTag(header, 0, "RIFF") || !IsTag(header, 8, "WAVE"))
        {
            throw new InvalidDataException($"'{name}' is not a RIFF/WAVE file.");
        }

        var formatSeen = false;
        while (true)
        {
            var chunkHeader = reader.ReadBytes(8);
            if (chunkHeader.Length < 8)
            {
                throw new InvalidDataException($"'{name}' has no 'data' chunk.");
            }

            var size = BinaryPrimitives.ReadUInt32LittleEndian(chunkHeader.AsSpan(4));
            if (IsTag(chunkHeader, 0, "fmt "))
            {
                CheckFormat(reader.ReadBytes(checked((int)size)), name);
                formatSeen = true;
                SkipPadByte(reader, size);
            }
            else if (IsTag(chunkHeader, 0, "data"))
            {
                if (!formatSeen)
                {
                    throw new InvalidDataException($"'{name}' has its 'data' chunk before the 'fmt ' chunk.");
                }

                return ReadSamples(reader, size);
            }
            else
            {
                // LIST, fact, bext, ... carry metadata only.
                Skip(reader, size + (size & 1));
            }
        }
    }

    private static void CheckFormat(byte[] fmt, string name)
    {
        if (fmt.Length < 16)
        {
            throw new InvalidDataException($"'{name}' has a truncated 'fmt ' chunk.");
        }

        var format = BinaryPrimitives.ReadUInt16LittleEndian(fmt);
        var channels = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(2));
        var rate = BinaryPrimitives.ReadInt32LittleEndian(fmt.AsSpan(4));
        var bits = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(14));
        if (format == FormatExtensible && fmt.Length >= 26)
        {
            // The sub-format GUID starts with the plain format code.
            format = BinaryPrimitives.ReadUInt16LittleEndian(fmt.AsSpan(24));
        }

        if (format != FormatPcm || channels != 1 || rate != SampleRate || bits != 16)
        {
            var kind = format == FormatPcm ? "PCM" : $"format code {format}";
            throw new InvalidDataException(
                $"'{name}' is {kind}, {rate} Hz, {channels} channel(s), {bits}-bit; expected 16000 Hz mono 16-bit PCM " +
                "(convert with: ffmpeg -i <in> -ac 1 -ar 16000 -c:a pcm_s16le <out>.wav).");
        }
    }

    private static float[] ReadSamples(BinaryReader reader, uint declaredSize)
    {
        // ffmpeg writing to a pipe leaves the size as 0 or 0xFFFFFFFF: then the data runs to the end of the stream.
        var bytes = declaredSize is 0 or uint.MaxValue
            ? ReadToEnd(reader.BaseStream)
            : reader.ReadBytes(checked((int)declaredSize));
        var count = bytes.Length / 2;
        var samples = new float[count];
        for (var i = 0; i < count; i++)
        {
            samples[i] = BinaryPrimitives.ReadInt16LittleEndian(bytes.AsSpan(2 * i)) / 32768f;
        }

        return samples;
    }

    private static byte[] ReadToEnd(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static void SkipPadByte(BinaryReader reader, uint size)
    {
        if ((size & 1) == 1)
        {
            Skip(reader, 1);
        }
    }

    private static void Skip(BinaryReader reader, long count)
    {
        if (reader.BaseStream.CanSeek)
        {
            reader.BaseStream.Seek(count, SeekOrigin.Current);
            return;
        }

        reader.ReadBytes(checked((int)count));
    }

    private static bool IsTag(byte[] bytes, int offset, string tag) =>
        bytes[offset] == tag[0] && bytes[offset + 1] == tag[1] && bytes[offset + 2] == tag[2] && bytes[offset + 3] == tag[3];
}
