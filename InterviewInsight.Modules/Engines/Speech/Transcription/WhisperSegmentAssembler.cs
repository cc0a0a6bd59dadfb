using System.Text;

namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Turns one window's sampled tokens (&lt;|t0|&gt; text &lt;|t1|&gt; &lt;|t1|&gt; text &lt;|t2|&gt; ...) into timed words.
/// Whisper gives times per segment only, so each segment's span is shared out over its words in proportion to
/// their length in characters; a word's confidence is the mean probability of its tokens.
/// </summary>
internal static class WhisperSegmentAssembler
{
    private const byte Space = 0x20;

    public static IReadOnlyList<TranscriptWord> ToWords(
        IReadOnlyList<WhisperDecodedToken> tokens,
        WhisperTokenizer tokenizer,
        double windowOffsetSeconds,
        double windowDurationSeconds)
    {
        var special = tokenizer.Special;
        var words = new List<TranscriptWord>();
        var segmentText = new List<WhisperDecodedToken>();
        double? segmentStart = null;
        var lastTime = 0.0;

        foreach (var token in tokens)
        {
            if (special.IsTimestamp(token.Id))
            {
                var time = Math.Min(special.TimestampSeconds(token.Id), windowDurationSeconds);
                if (segmentText.Count > 0)
                {
                    AddSegment(segmentText, tokenizer, segmentStart ?? lastTime, time, windowOffsetSeconds, words);
                    segmentText.Clear();
                    segmentStart = null;
                }
                else
                {
                    // An opening timestamp (or the second of a closing/opening pair).
                    segmentStart = time;
                }

                lastTime = time;
            }
            else if (special.IsText(token.Id))
            {
                segmentText.Add(token);
            }
        }

        if (segmentText.Count > 0)
        {
            // The window ended mid-segment (token limit or audio cut): the segment runs to the end of the audio.
            var start = segmentStart ?? lastTime;
            AddSegment(segmentText, tokenizer, start, Math.Max(start, windowDurationSeconds), windowOffsetSeconds, words);
        }

        return words;
    }

    private static void AddSegment(
        List<WhisperDecodedToken> textTokens,
        WhisperTokenizer tokenizer,
        double start,
        double end,
        double offset,
        List<TranscriptWord> words) =>
        words.AddRange(WordSpanSplitter.Split(GroupIntoWords(textTokens, tokenizer), offset + start, offset + end));

    // Byte-level BPE marks a word start with a leading space byte; bytes are joined before UTF-8 decoding
    // because one character can be split over two tokens.
    private static List<(string Text, double Confidence)> GroupIntoWords(List<WhisperDecodedToken> textTokens, WhisperTokenizer tokenizer)
    {
        var words = new List<(string, double)>();
        var bytes = new List<byte>();
        var probabilities = new List<double>();

        void Flush()
        {
            var text = Encoding.UTF8.GetString(bytes.ToArray()).Trim();
            if (text.Length > 0)
            {
                words.Add((text, probabilities.Average()));
            }

            bytes.Clear();
            probabilities.Clear();
        }

        foreach (var token in textTokens)
        {
            var tokenBytes = tokenizer.TokenBytes(token.Id);
            if (tokenBytes.Length > 0 && tokenBytes[0] == Space && bytes.Count > 0)
            {
                Flush();
            }

            bytes.AddRange(tokenBytes);
            probabilities.Add(token.Probability);
        }

        Flush();
        return words;
    }
}
