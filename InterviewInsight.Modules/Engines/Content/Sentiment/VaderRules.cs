namespace InterviewInsight.Modules.Engines.Content.Sentiment;

/// <summary>The constants and word lists of VADER 3.3.2 (cjhutto/vaderSentiment, MIT), unchanged.</summary>
internal static class VaderRules
{
    public const double BoosterIncrement = 0.293;
    public const double BoosterDecrement = -0.293;
    public const double CapsIncrement = 0.733;
    public const double NegationScalar = -0.74;

    public static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt", "doesnt",
        "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
        "dont", "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neither",
        "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
        "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere",
        "oughtnt", "shant", "shouldnt", "uhuh", "wasnt", "werent",
        "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't", "weren't",
        "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite",
    };

    public static readonly Dictionary<string, double> Boosters = BuildBoosters();

    public static readonly Dictionary<string, double> SpecialCases = new(StringComparer.Ordinal)
    {
        ["the shit"] = 3, ["the bomb"] = 3, ["bad ass"] = 1.5, ["badass"] = 1.5, ["bus stop"] = 0.0,
        ["yeah right"] = -2, ["kiss of death"] = -1.5, ["to die for"] = 3,
        ["beating heart"] = 3.1, ["broken heart"] = -2.9,
    };

    private static Dictionary<string, double> BuildBoosters()
    {
        string[] increments =
        [
            "absolutely", "amazingly", "awfully", "completely", "considerable", "considerably", "decidedly", "deeply",
            "effing", "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally", "extreme",
            "extremely", "fabulously", "flipping", "flippin", "frackin", "fracking", "fricking", "frickin", "frigging",
            "friggin", "fully", "fuckin", "fucking", "fuggin", "fugging", "greatly", "hella", "highly", "hugely",
            "incredible", "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely",
            "quite", "really", "remarkably", "so", "substantially", "thoroughly", "total", "totally", "tremendous",
            "tremendously", "uber", "unbelievably", "unusually", "utter", "utterly", "very",
        ];
        string[] decrements =
        [
            "almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of", "less", "little",
            "marginal", "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight", "slightly",
            "somewhat", "sort of", "sorta", "sortof", "sort-of",
        ];
        var boosters = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var word in increments)
        {
            boosters[word] = BoosterIncrement;
        }

        foreach (var word in decrements)
        {
            boosters[word] = BoosterDecrement;
        }

        return boosters;
    }
}
