using static InterviewInsight.Modules.Engines.Speech.Words.TokenPatterns;

namespace InterviewInsight.Modules.Engines.Speech.Words;

/// <summary>
/// Immediate repetitions ("I I", "the the", "in the in the"). Runs of the same word or pair merge into one item.
/// Vocal fillers ("um um") are counted as fillers instead, and "that that" / "had had" are grammatical, so they are skipped.
/// </summary>
internal static class RepetitionDetector
{
    private static readonly HashSet<string> GrammaticalDoubles = new(StringComparer.Ordinal) { "that", "had" };

    public static IReadOnlyList<TimedPhrase> Detect(IReadOnlyList<Token> tokens)
    {
        var found = new List<TimedPhrase>();
        var i = 0;
        while (i < tokens.Count)
        {
            var unit = RepeatedUnitAt(tokens, i);
            if (unit == 0)
            {
                i++;
                continue;
            }

            var end = i + (2 * unit);
            while (end + unit <= tokens.Count && SameRun(tokens, end - unit, end, unit))
            {
                end += unit;
            }

            found.Add(Phrase(tokens, i, end - i));
            i = end;
        }

        return found;
    }

    /// <summary>Length of the unit (2 words, then 1) repeated right after position i; 0 when none.</summary>
    private static int RepeatedUnitAt(IReadOnlyList<Token> tokens, int i)
    {
        if (i + 4 <= tokens.Count && SameRun(tokens, i, i + 2, 2) && tokens[i].Text != tokens[i + 1].Text)
        {
            return 2;
        }

        var single = i + 2 <= tokens.Count
            && tokens[i].Text == tokens[i + 1].Text
            && !VocalFillers.Contains(tokens[i].Text)
            && !GrammaticalDoubles.Contains(tokens[i].Text);
        return single ? 1 : 0;
    }

    private static bool SameRun(IReadOnlyList<Token> tokens, int first, int second, int length)
    {
        for (var k = 0; k < length; k++)
        {
            if (tokens[first + k].Text != tokens[second + k].Text)
            {
                return false;
            }
        }

        return true;
    }
}
