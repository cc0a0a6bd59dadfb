using System.Text;
using System.Text.Json;

namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Decodes Whisper token ids to text. Decoding byte-level BPE needs only the id -> token map of vocab.json and
/// the GPT-2 byte decoder; merges.txt matters for encoding, which transcription never does.
/// </summary>
internal sealed class WhisperTokenizer
{
    private const string EndOfTextToken = "<|endoftext|>";

    private readonly Dictionary<int, byte[]> bytesById;

    private WhisperTokenizer(Dictionary<int, byte[]> bytesById, WhisperSpecialTokens special)
    {
        this.bytesById = bytesById;
        Special = special;
    }

    public WhisperSpecialTokens Special { get; }

    /// <summary>Loads vocab.json (and added_tokens.json when present, where some exports keep &lt;|endoftext|&gt;).</summary>
    public static WhisperTokenizer Load(string modelFolder)
    {
        var vocabPath = Path.Combine(modelFolder, "vocab.json");
        if (!File.Exists(vocabPath))
        {
            throw new FileNotFoundException($"Whisper vocabulary '{vocabPath}' is missing.", vocabPath);
        }

        var vocabulary = ReadTokenMap(vocabPath);
        var addedPath = Path.Combine(modelFolder, "added_tokens.json");
        if (File.Exists(addedPath))
        {
            foreach (var (token, id) in ReadTokenMap(addedPath))
            {
                vocabulary.TryAdd(token, id);
            }
        }

        return FromVocabulary(vocabulary);
    }

    public static WhisperTokenizer FromVocabulary(IReadOnlyDictionary<string, int> vocabulary)
    {
        if (!vocabulary.TryGetValue(EndOfTextToken, out var endOfText))
        {
            throw new InvalidDataException($"The Whisper vocabulary has no {EndOfTextToken} token.");
        }

        var special = WhisperSpecialTokens.ForEndOfTextId(endOfText);
        var bytesById = vocabulary
            .Where(entry => special.IsText(entry.Value))
            .ToDictionary(entry => entry.Value, entry => Gpt2ByteDecoder.ToBytes(entry.Key));
        return new WhisperTokenizer(bytesById, special);
    }

    /// <summary>UTF-8 bytes of a text token; special and timestamp tokens have none.</summary>
    public ReadOnlySpan<byte> TokenBytes(int id) =>
        Special.IsText(id) && this.bytesById.TryGetValue(id, out var bytes) ? bytes : [];

    /// <summary>Text of the text tokens among <paramref name="ids"/>; multi-byte characters may span tokens.</summary>
    public string Decode(IEnumerable<int> ids)
    {
        var buffer = new List<byte>();
        foreach (var id in ids)
        {
            buffer.AddRange(TokenBytes(id));
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Dictionary<string, int> ReadTokenMap(string path)
    {
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<Dictionary<string, int>>(stream)
            ?? throw new InvalidDataException($"'{path}' is not a JSON object of token -> id.");
    }
}
