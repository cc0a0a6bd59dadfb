namespace InterviewInsight.Modules.Engines.Speech.Vad;

/// <summary>
/// Turns per-window speech probabilities into segments exactly as silero's <c>get_speech_timestamps</c> does (without its
/// max-duration split, which is infinite by default): start at p &gt;= threshold, end after p &lt; negative threshold for
/// the minimum silence, drop segments shorter than the minimum speech, then pad (splitting short gaps in half).
/// </summary>
internal static class SpeechSegmenter
{
    public static IReadOnlyList<SpeechSegment> Segment(
        IReadOnlyList<float> probabilities, int windowSamples, int totalSamples, int sampleRate, VadOptions options)
    {
        var minSpeech = sampleRate * options.MinSpeechMs / 1000;
        var minSilence = sampleRate * options.MinSilenceMs / 1000;
        var pad = sampleRate * options.SpeechPadMs / 1000;

        var found = new List<(int Start, int End)>();
        var triggered = false;
        var start = 0;
        var tempEnd = 0;
        for (var i = 0; i < probabilities.Count; i++)
        {
            var p = probabilities[i];
            var position = windowSamples * i;
            if (p >= options.Threshold && tempEnd != 0)
            {
                tempEnd = 0;
            }

            if (p >= options.Threshold && !triggered)
            {
                triggered = true;
                start = position;
                continue;
            }

            if (p < options.NegativeThreshold && triggered)
            {
                if (tempEnd == 0)
                {
                    tempEnd = position;
                }

                if (position - tempEnd < minSilence)
                {
                    continue;
                }

                if (tempEnd - start > minSpeech)
                {
                    found.Add((start, tempEnd));
                }

                tempEnd = 0;
                triggered = false;
            }
        }

        if (triggered && totalSamples - start > minSpeech)
        {
            found.Add((start, totalSamples));
        }

        return Pad(found, pad, totalSamples)
            .Select(s => new SpeechSegment(s.Start / (double)sampleRate, s.End / (double)sampleRate))
            .ToList();
    }

    private static List<(int Start, int End)> Pad(List<(int Start, int End)> speeches, int pad, int totalSamples)
    {
        for (var i = 0; i < speeches.Count; i++)
        {
            var (start, end) = speeches[i];
            if (i == 0)
            {
                start = Math.Max(0, start - pad);
            }

            if (i < speeches.Count - 1)
            {
                var next = speeches[i + 1];
                var silence = next.Start - end;
                if (silence < 2 * pad)
                {
                    end += silence / 2;
                    speeches[i + 1] = (Math.Max(0, next.Start - (silence / 2)), next.End);
                }
                else
                {
                    end = Math.Min(totalSamples, end + pad);
                    speeches[i + 1] = (Math.Max(0, next.Start - pad), next.End);
                }
            }
            else
            {
                end = Math.Min(totalSamples, end + pad);
            }

            speeches[i] = (start, end);
        }

        return speeches;
    }
}
