using static InterviewInsight.Modules.Engines.Speech.Words.TokenPatterns;

namespace InterviewInsight.Modules.Engines.Speech.Words;

/// <summary>
/// Finds filler words with simple, explainable context rules (no tagger):
/// <list type="bullet">
/// <item>um, uh, er, ah (and spellings): always.</item>
/// <item>basically, actually: always (docs/architecture.md, "Scores" lists them as fillers).</item>
/// <item>"you know": unless it asks or states knowledge: not after do/did/don't/if/as/whether/would..., not before a
/// complement (that, how, what, the, it, him, ...) unless a clause boundary follows "know".</item>
/// <item>"I mean": unless followed, without a break, by an object (it, that, this, to, what, the, ...).</item>
/// <item>"kind of" / "sort of": unless after a determiner ("what kind of", "a sort of").</item>
/// <item>"like": only in its discourse use: at a clause start, between clause breaks ("it was, like, huge"), right after
/// another filler or "and/but/or", or doubled ("like like"); never after a subject or auxiliary ("I like", "would like",
/// "I'd like") or in "like I said". Plain verb/preposition uses ("things like tests") are not counted.</item>
/// <item>"so": at the start of a clause (first word, after punctuation, a 0.5 s pause or a vocal filler), unless an
/// intensifier or purpose reading follows ("so much", "so that") or it ends the clause ("I think so").</item>
/// </list>
/// </summary>
internal static class FillerDetector
{
    private static readonly HashSet<string> AlwaysFillers = new(StringComparer.Ordinal) { "basically", "actually" };

    private static readonly HashSet<string> KnowledgeContext = new(StringComparer.Ordinal)
    {
        "do", "did", "don't", "didn't", "if", "as", "whether", "would", "will", "could", "might", "should", "now", "ya", "you",
    };

    private static readonly HashSet<string> KnowComplements = new(StringComparer.Ordinal)
    {
        "that", "how", "what", "where", "why", "who", "when", "whether", "if", "the", "a", "an", "about", "him", "her", "them",
        "it", "this", "me", "us", "my", "his", "their", "our", "your", "each", "everything", "nothing", "anything",
    };

    private static readonly HashSet<string> MeanObjects = new(StringComparer.Ordinal)
    {
        "it", "that", "this", "to", "what", "the", "a", "an", "them", "him", "her", "you", "business", "anything", "nothing",
    };

    private static readonly HashSet<string> LikeAsVerbContext = new(StringComparer.Ordinal)
    {
        "i", "you", "we", "they", "he", "she", "people", "who", "would", "i'd", "we'd", "you'd", "they'd", "he'd", "she'd",
        "do", "does", "did", "don't", "doesn't", "didn't", "to", "really", "also", "not", "might", "may", "will", "can",
        "could", "should", "i'll", "we'll", "just", "look", "looks", "looked", "sound", "sounds", "seem", "seems", "feel",
        "feels", "felt", "something", "anything", "nothing", "much", "more", "most", "exactly",
    };

    private static readonly HashSet<string> LikeLeadIns = new(StringComparer.Ordinal) { "and", "but", "or" };

    private static readonly HashSet<string> SoNotFiller = new(StringComparer.Ordinal)
    {
        "much", "many", "far", "long", "that", "called", "on", "forth", "to", "as", "few", "little",
    };

    public static IReadOnlyList<TimedPhrase> Detect(IReadOnlyList<Token> tokens)
    {
        var found = new List<TimedPhrase>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = FillerLengthAt(tokens, i);
            if (length > 0)
            {
                found.Add(Phrase(tokens, i, length));
                i += length - 1;
            }
        }

        return found;
    }

    private static int FillerLengthAt(IReadOnlyList<Token> tokens, int i)
    {
        var word = tokens[i].Text;
        if (VocalFillers.Contains(word) || AlwaysFillers.Contains(word))
        {
            return 1;
        }

        if (Matches(tokens, i, ["you", "know"]))
        {
            return IsYouKnowFiller(tokens, i) ? 2 : 0;
        }

        if (Matches(tokens, i, ["i", "mean"]))
        {
            var next = Next(tokens, i + 1);
            return EndsClause(tokens, i + 1) || next is null || !MeanObjects.Contains(next) ? 2 : 0;
        }

        if (Matches(tokens, i, ["kind", "of"]) || Matches(tokens, i, ["sort", "of"]))
        {
            var previous = Previous(tokens, i);
            return previous is not null && KindOfDeterminers.Contains(previous) ? 0 : 2;
        }

        return word switch
        {
            "like" => IsLikeFiller(tokens, i) ? 1 : 0,
            "so" => IsSoFiller(tokens, i) ? 1 : 0,
            _ => 0,
        };
    }

    private static bool IsYouKnowFiller(IReadOnlyList<Token> tokens, int i)
    {
        var previous = Previous(tokens, i);
        if (previous is not null && KnowledgeContext.Contains(previous) && !StartsClause(tokens, i))
        {
            return false;
        }

        if (EndsClause(tokens, i + 1))
        {
            return true;
        }

        var next = Next(tokens, i + 1);
        return next is null || !KnowComplements.Contains(next);
    }

    private static bool IsLikeFiller(IReadOnlyList<Token> tokens, int i)
    {
        var previous = Previous(tokens, i);
        var next = Next(tokens, i);
        if (next == "i" && Next(tokens, i + 1) == "said")
        {
            return false;
        }

        if (previous is not null && LikeAsVerbContext.Contains(previous) && !StartsClause(tokens, i))
        {
            return false;
        }

        var betweenBreaks = (i > 0 && tokens[i - 1].PunctuationAfter) || tokens[i].PunctuationAfter;
        return StartsClause(tokens, i)
            || betweenBreaks
            || (previous is not null && (LikeLeadIns.Contains(previous) || AlwaysFillers.Contains(previous)))
            || previous == "like"
            || next == "like";
    }

    private static bool IsSoFiller(IReadOnlyList<Token> tokens, int i)
    {
        // "So," is always the discourse marker; a bare "so" needs a clause start and a following word that is not an
        // intensifier/purpose reading. A "so" that ends its clause ("I think so") is an answer, not a filler.
        if (!StartsClause(tokens, i))
        {
            return false;
        }

        if (tokens[i].PunctuationAfter)
        {
            return true;
        }

        var next = Next(tokens, i);
        return next is not null && !EndsClause(tokens, i) && !SoNotFiller.Contains(next);
    }
}
