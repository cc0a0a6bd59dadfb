namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// GPT-2 byte-level BPE stores every byte as a printable character (bytes_to_unicode in openai/gpt-2 encoder.py):
/// printable Latin-1 bytes map to themselves, the other 68 bytes to U+0100.. in order, so the space 0x20 becomes 'Ġ'.
/// Decoding maps the characters of the vocabulary strings back to bytes; the bytes of a whole token run are UTF-8.
/// </summary>
internal static class Gpt2ByteDecoder
{
    private static readonly Dictionary<char, byte> CharToByte = BuildCharToByte();

    public static byte[] ToBytes(string vocabularyToken)
    {
        var bytes = new byte[vocabularyToken.Length];
        for (var i = 0; i < vocabularyToken.Length; i++)
        {
            bytes[i] = CharToByte.TryGetValue(vocabularyToken[i], out var b)
                ? b
                : throw new FormatException(
                    $"Character U+{(int)vocabularyToken[i]:X4} in token '{vocabularyToken}' is not a GPT-2 byte-level character.");
        }

        return bytes;
    }

    private static Dictionary<char, byte> BuildCharToByte()
    {
        static bool KeepsItsOwnCharacter(int b) =>
            b is >= '!' and <= '~' or >= 0xA1 and <= 0xAC or >= 0xAE and <= 0xFF;

        var map = new Dictionary<char, byte>(256);
        var shifted = 0;
        for (var b = 0; b < 256; b++)
        {
            var c = KeepsItsOwnCharacter(b) ? (char)b : (char)(256 + shifted++);
            map[c] = (byte)b;
        }

        return map;
    }
}
