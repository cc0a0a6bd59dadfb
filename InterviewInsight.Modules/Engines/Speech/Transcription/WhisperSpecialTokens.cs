namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Ids of Whisper's special tokens. English-only (".en") models put &lt;|endoftext|&gt; at 50256 right after the
/// GPT-2 vocabulary; multilingual models have one more regular token, so every special id is one higher.
/// </summary>
internal sealed record WhisperSpecialTokens(
    int EndOfText,
    int StartOfTranscript,
    int English,
    int Transcribe,
    int NoSpeech,
    int NoTimestamps,
    int TimestampBegin,
    bool IsMultilingual)
{
    public const double SecondsPerTimestamp = 0.02;

    public static WhisperSpecialTokens EnglishOnly { get; } = new(50256, 50257, 50258, 50358, 50361, 50362, 50363, false);

    public static WhisperSpecialTokens Multilingual { get; } = new(50257, 50258, 50259, 50359, 50362, 50363, 50364, true);

    /// <summary>The decoder prompt for English transcription with timestamps (no &lt;|notimestamps|&gt;).</summary>
    public IReadOnlyList<int> TranscribePrompt =>
        IsMultilingual ? [StartOfTranscript, English, Transcribe] : [StartOfTranscript];

    public bool IsText(int id) => id < EndOfText;

    public bool IsTimestamp(int id) => id >= TimestampBegin;

    public double TimestampSeconds(int id) =>
        IsTimestamp(id)
            ? (id - TimestampBegin) * SecondsPerTimestamp
            : throw new ArgumentOutOfRangeException(nameof(id), id, "Not a timestamp token.");

    public int TimestampToken(double seconds) => TimestampBegin + (int)Math.Round(seconds / SecondsPerTimestamp);

    /// <summary>Picks the layout from the id of &lt;|endoftext|&gt; found in vocab.json / added_tokens.json.</summary>
    public static WhisperSpecialTokens ForEndOfTextId(int endOfTextId) => endOfTextId switch
    {
        50256 => EnglishOnly,
        50257 => Multilingual,
        _ => throw new InvalidDataException(
            $"<|endoftext|> has id {endOfTextId}; a Whisper vocabulary has it at 50256 (English-only) or 50257 (multilingual)."),
    };
}
