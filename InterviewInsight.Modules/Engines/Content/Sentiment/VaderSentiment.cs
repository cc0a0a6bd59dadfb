using System.Globalization;
using static InterviewInsight.Modules.Engines.Content.Sentiment.VaderRules;

namespace InterviewInsight.Modules.Engines.Content.Sentiment;

/// <summary>
/// VADER sentiment (Hutto &amp; Gilbert 2014), a line-by-line port of vaderSentiment 3.3.2's polarity_scores: lexicon
/// valence, booster/dampener words (±0.293, fading with distance), ALL-CAPS emphasis (±0.733 when the text mixes case),
/// negation within three preceding words (×−0.74), "never so/this" (×1.25), "least", "no", special idioms, the
/// contrastive "but" (×0.5 before, ×1.5 after) and "!"/"?" emphasis; compound = s/√(s²+15). Emoji-to-text substitution
/// is left out (transcripts hold no emoji). The lexicon is read once; the instance is immutable and thread-safe.
/// </summary>
internal sealed class VaderSentiment
{
    public const string LexiconFile = "text/vader_lexicon.txt";

    private const string Punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private const double NormalisationAlpha = 15;

    private readonly Dictionary<string, double> lexicon;

    private VaderSentiment(Dictionary<string, double> lexicon) => this.lexicon = lexicon;

    public int LexiconSize => this.lexicon.Count;

    /// <summary>Loads text/vader_lexicon.txt under a models folder.</summary>
    public static VaderSentiment LoadFromModels(string modelsPath) => Load(Path.Combine(modelsPath, LexiconFile));

    /// <summary>Reads "token TAB mean TAB stdev TAB ratings" lines; throws naming the file when it is missing.</summary>
    public static VaderSentiment Load(string lexiconPath)
    {
        if (!File.Exists(lexiconPath))
        {
            throw new FileNotFoundException($"VADER lexicon '{lexiconPath}' is missing; install the text models (models/models.json: vader-lexicon).", lexiconPath);
        }

        var lexicon = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(lexiconPath))
        {
            var fields = line.Trim().Split('\t');
            if (fields.Length >= 2 && double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
            {
                lexicon[fields[0]] = valence;
            }
        }

        return lexicon.Count == 0 ? throw new InvalidDataException($"VADER lexicon '{lexiconPath}' holds no entries.") : new VaderSentiment(lexicon);
    }

    public VaderScores Score(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(StripPunctuationIfWord).ToArray();
        var lower = words.Select(w => w.ToLowerInvariant()).ToArray();
        var capsDiffer = AllCapsDifferential(words);
        var sentiments = new List<double>(words.Length);
        for (var i = 0; i < words.Length; i++)
        {
            // Boosters and "kind of" modify their neighbours and carry no valence of their own.
            if (Boosters.ContainsKey(lower[i]) || (i < words.Length - 1 && lower[i] == "kind" && lower[i + 1] == "of"))
            {
                sentiments.Add(0);
                continue;
            }

            sentiments.Add(Valence(words, lower, i, capsDiffer));
        }

        ButCheck(lower, sentiments);
        return ScoreValence(sentiments, text);
    }

    private double Valence(string[] words, string[] lower, int i, bool capsDiffer)
    {
        if (!this.lexicon.TryGetValue(lower[i], out var baseValence))
        {
            return 0;
        }

        var valence = baseValence;

        // "no" before another lexicon word negates that word instead of counting as negative itself.
        if (lower[i] == "no" && i != words.Length - 1 && this.lexicon.ContainsKey(lower[i + 1]))
        {
            valence = 0.0;
        }

        if ((i > 0 && lower[i - 1] == "no")
            || (i > 1 && lower[i - 2] == "no")
            || (i > 2 && lower[i - 3] == "no" && lower[i - 1] is "or" or "nor"))
        {
            valence = baseValence * NegationScalar;
        }

        if (IsUpper(words[i]) && capsDiffer)
        {
            valence += valence > 0 ? CapsIncrement : -CapsIncrement;
        }

        for (var startI = 0; startI < 3; startI++)
        {
            // Modifiers fade with distance; a preceding lexicon word is never treated as a modifier.
            if (i > startI && !this.lexicon.ContainsKey(lower[i - (startI + 1)]))
            {
                var scalar = ScalarIncDec(words[i - (startI + 1)], valence, capsDiffer);
                if (startI == 1 && scalar != 0)
                {
                    scalar *= 0.95;
                }

                if (startI == 2 && scalar != 0)
                {
                    scalar *= 0.9;
                }

                valence += scalar;
                valence = NegationCheck(valence, lower, startI, i);
                if (startI == 2)
                {
                    valence = SpecialIdiomsCheck(valence, lower, i);
                }
            }
        }

        return LeastCheck(valence, lower, i);
    }

    private static double ScalarIncDec(string word, double valence, bool capsDiffer)
    {
        if (!Boosters.TryGetValue(word.ToLowerInvariant(), out var scalar))
        {
            return 0;
        }

        if (valence < 0)
        {
            scalar *= -1;
        }

        if (IsUpper(word) && capsDiffer)
        {
            scalar += valence > 0 ? CapsIncrement : -CapsIncrement;
        }

        return scalar;
    }

    private static double NegationCheck(double valence, string[] lower, int startI, int i)
    {
        switch (startI)
        {
            case 0:
                return IsNegated(lower[i - 1]) ? valence * NegationScalar : valence;
            case 1:
                if (lower[i - 2] == "never" && lower[i - 1] is "so" or "this")
                {
                    return valence * 1.25;
                }

                if (lower[i - 2] == "without" && lower[i - 1] == "doubt")
                {
                    return valence;
                }

                return IsNegated(lower[i - 2]) ? valence * NegationScalar : valence;
            default:
                // Same precedence as the reference: (never and (so|this) two back) or (so|this) right before.
                if ((lower[i - 3] == "never" && lower[i - 2] is "so" or "this") || lower[i - 1] is "so" or "this")
                {
                    return valence * 1.25;
                }

                if (lower[i - 3] == "without" && (lower[i - 2] == "doubt" || lower[i - 1] == "doubt"))
                {
                    return valence;
                }

                return IsNegated(lower[i - 3]) ? valence * NegationScalar : valence;
        }
    }

    private static double SpecialIdiomsCheck(double valence, string[] lower, int i)
    {
        var oneZero = $"{lower[i - 1]} {lower[i]}";
        var twoOneZero = $"{lower[i - 2]} {lower[i - 1]} {lower[i]}";
        var twoOne = $"{lower[i - 2]} {lower[i - 1]}";
        var threeTwoOne = $"{lower[i - 3]} {lower[i - 2]} {lower[i - 1]}";
        var threeTwo = $"{lower[i - 3]} {lower[i - 2]}";
        foreach (var sequence in new[] { oneZero, twoOneZero, twoOne, threeTwoOne, threeTwo })
        {
            if (SpecialCases.TryGetValue(sequence, out var special))
            {
                valence = special;
                break;
            }
        }

        if (lower.Length - 1 > i && SpecialCases.TryGetValue($"{lower[i]} {lower[i + 1]}", out var next))
        {
            valence = next;
        }

        if (lower.Length - 1 > i + 1 && SpecialCases.TryGetValue($"{lower[i]} {lower[i + 1]} {lower[i + 2]}", out var nextTwo))
        {
            valence = nextTwo;
        }

        foreach (var nGram in new[] { threeTwoOne, threeTwo, twoOne })
        {
            if (Boosters.TryGetValue(nGram, out var booster))
            {
                valence += booster;
            }
        }

        return valence;
    }

    private double LeastCheck(double valence, string[] lower, int i)
    {
        if (i > 1 && !this.lexicon.ContainsKey(lower[i - 1]) && lower[i - 1] == "least")
        {
            return lower[i - 2] is not "at" and not "very" ? valence * NegationScalar : valence;
        }

        return i > 0 && !this.lexicon.ContainsKey(lower[i - 1]) && lower[i - 1] == "least" ? valence * NegationScalar : valence;
    }

    /// <summary>Words before the first "but" count half, words after it 1.5 times.</summary>
    private static void ButCheck(string[] lower, List<double> sentiments)
    {
        var butIndex = Array.IndexOf(lower, "but");
        if (butIndex < 0)
        {
            return;
        }

        for (var k = 0; k < sentiments.Count; k++)
        {
            if (k < butIndex)
            {
                sentiments[k] *= 0.5;
            }
            else if (k > butIndex)
            {
                sentiments[k] *= 1.5;
            }
        }
    }

    private static VaderScores ScoreValence(List<double> sentiments, string text)
    {
        if (sentiments.Count == 0)
        {
            return new VaderScores(0, 0, 0, 0);
        }

        var sum = sentiments.Sum();
        var emphasis = PunctuationEmphasis(text);
        if (sum > 0)
        {
            sum += emphasis;
        }
        else if (sum < 0)
        {
            sum -= emphasis;
        }

        var compound = Math.Clamp(sum / Math.Sqrt((sum * sum) + NormalisationAlpha), -1, 1);
        double positive = 0, negative = 0;
        var neutral = 0;
        foreach (var s in sentiments)
        {
            // +1/−1 compensates for neutral words being counted as 1 each.
            if (s > 0)
            {
                positive += s + 1;
            }
            else if (s < 0)
            {
                negative += s - 1;
            }
            else
            {
                neutral++;
            }
        }

        if (positive > Math.Abs(negative))
        {
            positive += emphasis;
        }
        else if (positive < Math.Abs(negative))
        {
            negative -= emphasis;
        }

        var total = positive + Math.Abs(negative) + neutral;
        return new VaderScores(
            Math.Round(Math.Abs(negative / total), 3),
            Math.Round(Math.Abs(neutral / total), 3),
            Math.Round(Math.Abs(positive / total), 3),
            Math.Round(compound, 4));
    }

    private static double PunctuationEmphasis(string text)
    {
        var exclamations = Math.Min(4, text.Count(c => c == '!'));
        var questions = text.Count(c => c == '?');
        var questionEmphasis = questions > 1 ? (questions <= 3 ? questions * 0.18 : 0.96) : 0;
        return (exclamations * 0.292) + questionEmphasis;
    }

    private static bool IsNegated(string lowerWord) => Negations.Contains(lowerWord) || lowerWord.Contains("n't", StringComparison.Ordinal);

    /// <summary>True when some, but not all, words are in capitals (only then do capitals add emphasis).</summary>
    private static bool AllCapsDifferential(string[] words)
    {
        var upper = words.Count(IsUpper);
        var differential = words.Length - upper;
        return differential > 0 && differential < words.Length;
    }

    /// <summary>Python's str.isupper: at least one cased letter and no lower-case letter.</summary>
    private static bool IsUpper(string word) => word.Any(char.IsUpper) && !word.Any(char.IsLower);

    /// <summary>Trailing/leading punctuation goes unless that leaves two characters or fewer (keeps ":)" and "no").</summary>
    private static string StripPunctuationIfWord(string token)
    {
        var stripped = token.Trim(Punctuation.ToCharArray());
        return stripped.Length <= 2 ? token : stripped;
    }
}
