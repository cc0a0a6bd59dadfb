namespace InterviewInsight.Modules.Engines.Speech.Words;

/// <summary>Token-sequence helpers shared by the filler, hedge and repetition detectors.</summary>
internal static class TokenPatterns
{
    /// <summary>Sounds that are always fillers, never content words.</summary>
    public static readonly HashSet<string> VocalFillers = new(StringComparer.Ordinal)
    {
        "um", "uh", "er", "ah", "erm", "uhm", "umm", "uhh", "hmm", "mm",
    };

    /// <summary>Words before "kind of"/"sort of" that make it a noun phrase ("what kind of tool"), not a hedge.</summary>
    public static readonly HashSet<string> KindOfDeterminers = new(StringComparer.Ordinal)
    {
        "a", "the", "this", "that", "these", "those", "what", "which", "any", "some", "every", "each", "one", "same",
        "different", "no", "another", "other", "certain", "particular", "my", "your", "his", "her", "our", "their", "its",
        "all", "whatever", "new", "right", "wrong", "first", "only", "best", "worst",
    };

    public static bool Matches(IReadOnlyList<Token> tokens, int index, string[] phrase)
    {
        if (index + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (tokens[index + k].Text != phrase[k])
            {
                return false;
            }
        }

        return true;
    }

    public static string? Previous(IReadOnlyList<Token> tokens, int index) => index > 0 ? tokens[index - 1].Text : null;

    public static string? Next(IReadOnlyList<Token> tokens, int index) => index + 1 < tokens.Count ? tokens[index + 1].Text : null;

    /// <summary>
    /// A word starts a clause when it is the first word, follows punctuation, follows a pause of 0.5 s or more, or follows
    /// a vocal filler ("um, so ...").
    /// </summary>
    public static bool StartsClause(IReadOnlyList<Token> tokens, int index)
    {
        if (index == 0)
        {
            return true;
        }

        var previous = tokens[index - 1];
        return previous.PunctuationAfter
            || tokens[index].Word.Start - previous.Word.End >= Token.ClausePauseSeconds
            || VocalFillers.Contains(previous.Text);
    }

    /// <summary>A clause boundary right after the word (punctuation or a pause before the next word).</summary>
    public static bool EndsClause(IReadOnlyList<Token> tokens, int index) =>
        index + 1 >= tokens.Count || tokens[index].PunctuationAfter || StartsClause(tokens, index + 1);

    public static TimedPhrase Phrase(IReadOnlyList<Token> tokens, int index, int length) =>
        new(
            string.Join(' ', Enumerable.Range(index, length).Select(i => tokens[i].Text)),
            tokens[index].Word.Start,
            tokens[index + length - 1].Word.End);
}
