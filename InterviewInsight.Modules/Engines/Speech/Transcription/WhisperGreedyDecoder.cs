namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Greedy decoding with Whisper's timestamp rules (openai/whisper decoding.py ApplyTimestampRules,
/// SuppressBlank, SuppressTokens): the output alternates &lt;|t0|&gt; text &lt;|t1|&gt; and stops at &lt;|endoftext|&gt;.
/// </summary>
internal sealed class WhisperGreedyDecoder
{
    /// <summary>Whisper samples at most n_text_ctx / 2 = 224 tokens per window.</summary>
    public const int DefaultMaxTokens = 224;

    /// <summary>The first timestamp may not be later than 1 s (max_initial_timestamp).</summary>
    private const double MaxInitialTimestampSeconds = 1.0;

    private const int BlankTokenId = 220; // "Ġ": a lone space

    private readonly WhisperSpecialTokens special;
    private readonly IReadOnlySet<int> suppressed;
    private readonly int maxTokens;

    public WhisperGreedyDecoder(WhisperSpecialTokens special, IEnumerable<int>? extraSuppressedTokens = null, int maxTokens = DefaultMaxTokens)
    {
        this.special = special;
        suppressed = (extraSuppressedTokens ?? []).ToHashSet();
        this.maxTokens = maxTokens;
    }

    public WhisperWindowDecoding Decode(IWhisperDecoderStep step, CancellationToken ct)
    {
        var tokens = new List<int>(this.special.TranscribePrompt);
        var promptLength = tokens.Count;
        var sampled = new List<WhisperDecodedToken>();
        var noSpeechProbability = double.NaN;

        while (sampled.Count < this.maxTokens)
        {
            ct.ThrowIfCancellationRequested();
            var logits = step.NextLogits(tokens);
            if (sampled.Count == 0 && promptLength == 1 && this.special.NoSpeech < logits.Length)
            {
                noSpeechProbability = Softmax(logits)[this.special.NoSpeech];
            }

            var filtered = Filter(logits, tokens, promptLength);
            var next = ArgMax(filtered);
            if (next == this.special.EndOfText)
            {
                return new WhisperWindowDecoding(sampled, noSpeechProbability, HitTokenLimit: false);
            }

            sampled.Add(new WhisperDecodedToken(next, Softmax(filtered)[next]));
            tokens.Add(next);
        }

        return new WhisperWindowDecoding(sampled, noSpeechProbability, HitTokenLimit: true);
    }

    private double[] Filter(float[] logits, List<int> tokens, int promptLength)
    {
        var filtered = Array.ConvertAll(logits, v => (double)v);
        var sampledCount = tokens.Count - promptLength;

        // Special tokens other than <|endoftext|> and timestamps (sot, languages, tasks, nospeech, notimestamps)
        // are never valid output.
        SuppressRange(filtered, this.special.EndOfText + 1, this.special.TimestampBegin);
        foreach (var id in suppressed)
        {
            Suppress(filtered, id);
        }

        if (sampledCount == 0)
        {
            // SuppressBlank: a window may not open with a lone space or end before saying anything.
            Suppress(filtered, BlankTokenId);
            Suppress(filtered, this.special.EndOfText);
        }

        ApplyTimestampRules(filtered, tokens, promptLength);
        return filtered;
    }

    private void ApplyTimestampRules(double[] logits, List<int> tokens, int promptLength)
    {
        var sampled = tokens.Skip(promptLength).ToList();
        var lastWasTimestamp = sampled.Count >= 1 && this.special.IsTimestamp(sampled[^1]);
        var penultimateWasTimestamp = sampled.Count < 2 || this.special.IsTimestamp(sampled[^2]);

        if (lastWasTimestamp)
        {
            if (penultimateWasTimestamp)
            {
                // A closed pair (or the opening timestamp right after the prompt): text must follow.
                SuppressRange(logits, this.special.TimestampBegin, logits.Length);
            }
            else
            {
                // A segment's text just ended: only its closing timestamp or <|endoftext|> may follow.
                SuppressRange(logits, 0, this.special.EndOfText);
            }
        }

        var timestamps = sampled.Where(this.special.IsTimestamp).ToList();
        if (timestamps.Count > 0)
        {
            // Time never goes backwards: the timestamp opening a segment may repeat the one that closed the previous
            // segment; any other must be strictly later (so every segment has non-zero length).
            var floor = lastWasTimestamp && !penultimateWasTimestamp ? timestamps[^1] : timestamps[^1] + 1;
            SuppressRange(logits, this.special.TimestampBegin, Math.Min(floor, logits.Length));
        }

        if (sampled.Count == 0)
        {
            // The first sampled token is a timestamp, no later than 1 s into the window.
            SuppressRange(logits, 0, this.special.TimestampBegin);
            var lastAllowed = this.special.TimestampToken(MaxInitialTimestampSeconds);
            SuppressRange(logits, Math.Min(lastAllowed + 1, logits.Length), logits.Length);
        }

        // When the timestamps together are more likely than any single text token, emit a timestamp.
        var logProbabilities = LogSoftmax(logits);
        var timestampMass = LogSumExp(logProbabilities, this.special.TimestampBegin, logits.Length);
        var bestText = double.NegativeInfinity;
        for (var i = 0; i < this.special.TimestampBegin && i < logits.Length; i++)
        {
            bestText = Math.Max(bestText, logProbabilities[i]);
        }

        if (timestampMass > bestText)
        {
            SuppressRange(logits, 0, this.special.TimestampBegin);
        }
    }

    private static void Suppress(double[] logits, int id)
    {
        if (id >= 0 && id < logits.Length)
        {
            logits[id] = double.NegativeInfinity;
        }
    }

    private static void SuppressRange(double[] logits, int fromInclusive, int toExclusive)
    {
        for (var i = Math.Max(0, fromInclusive); i < Math.Min(toExclusive, logits.Length); i++)
        {
            logits[i] = double.NegativeInfinity;
        }
    }

    private static int ArgMax(double[] values)
    {
        var best = 0;
        for (var i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    private static double[] Softmax(float[] logits) => Softmax(Array.ConvertAll(logits, v => (double)v));

    private static double[] Softmax(double[] logits)
    {
        var logProbabilities = LogSoftmax(logits);
        return Array.ConvertAll(logProbabilities, Math.Exp);
    }

    private static double[] LogSoftmax(double[] logits)
    {
        var max = logits.Max();
        var logSum = max + Math.Log(logits.Sum(v => Math.Exp(v - max)));
        return Array.ConvertAll(logits, v => v - logSum);
    }

    private static double LogSumExp(double[] values, int fromInclusive, int toExclusive)
    {
        var max = double.NegativeInfinity;
        for (var i = fromInclusive; i < toExclusive; i++)
        {
            max = Math.Max(max, values[i]);
        }

        if (double.IsNegativeInfinity(max))
        {
            return max;
        }

        var sum = 0.0;
        for (var i = fromInclusive; i < toExclusive; i++)
        {
            sum += Math.Exp(values[i] - max);
        }

        return max + Math.Log(sum);
    }
}
