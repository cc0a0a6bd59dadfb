namespace InterviewInsight.Tests.Engines.Speech.Transcription;

/// <summary>Reads the 16-bit PCM mono WAV test clips (walks the RIFF chunks, so LIST/INFO chunks are skipped).</summary>
internal static class Pcm16Wav
{
    public static float[] ReadMono16k(string path) => ReadMono16k(File.OpenRead(path), path);

    public static float[] ReadMono16k(Stream stream, string path)
    {
        using var reader = new BinaryReader(stream);
        if (new string(reader.ReadChars(4)) != "RIFF")
        {
            throw new InvalidDataException($"{path} is not a RIFF file.");
        }

        reader.ReadInt32();
        if (new string(reader.ReadChars(4)) != "WAVE")
        {
            throw new InvalidDataException($"{path} is not a WAVE file.");
        }

        while (reader.BaseStream.Position < reader.BaseStream.Length)
        {
            var id = new string(reader.ReadChars(4));
            var size = reader.ReadInt32();
            if (id == "fmt ")
            {
                var format = reader.ReadInt16();
                var channels = reader.ReadInt16();
                var rate = reader.ReadInt32();
                reader.ReadBytes(6);
                var bits = reader.ReadInt16();
                reader.ReadBytes(size - 16);
                if (format != 1 || channels != 1 || rate != 16_000 || bits != 16)
                {
                    throw new InvalidDataException($"{path}: expected PCM 16 kHz mono 16-bit.");
                }
            }
            else if (id == "data")
            {
                var bytes = reader.ReadBytes(size);
                var samples = new float[bytes.Length / 2];
                for (var i = 0; i < samples.Length; i++)
                {
                    samples[i] = BitConverter.ToInt16(bytes, 2 * i) / 32768f;
                }

                return samples;
            }
            else
            {
                reader.ReadBytes(size + (size & 1));
            }
        }

        throw new InvalidDataException($"{path} has no data chunk.");
    }
}
