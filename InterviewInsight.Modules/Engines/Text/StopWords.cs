namespace InterviewInsight.Modules.Engines.Text;

/// <summary>
/// Words that carry no topic, in three lists so each use leaves out only what it should: <see cref="Function"/>
/// (English function words in the spirit of the NLTK/SMART lists, plus spoken fillers), <see cref="QuestionPrompts"/>
/// (the wording of any interview question: "tell me about a time...") and <see cref="JobAdBoilerplate"/>.
/// </summary>
internal static class StopWords
{
    public static readonly HashSet<string> Function = new(StringComparer.Ordinal)
    {
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at",
        "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do",
        "does", "doing", "down", "during", "each", "etc", "few", "for", "from", "further", "had", "has", "have", "having",
        "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it",
        "its", "itself", "just", "let", "like", "may", "me", "might", "more", "most", "must", "my", "myself", "no", "nor",
        "not", "now", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own",
        "per", "same", "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them",
        "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up",
        "upon", "us", "very", "via", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
        "will", "with", "within", "would", "you", "your", "yours", "yourself", "yourselves", "well", "get", "got", "one",
        "yes", "yeah", "okay", "ok", "really", "thing", "things", "lot", "kind", "sort", "um", "uh", "er", "ah",
    };

    /// <summary>What any interview question says whatever its topic; not evidence that an answer is on topic.</summary>
    public static readonly HashSet<string> QuestionPrompts = new(StringComparer.Ordinal)
    {
        "tell", "describe", "give", "example", "time", "walk", "explain", "think", "know", "say", "said", "way", "mean",
        "make", "made", "go", "went", "going",
    };

    public static readonly HashSet<string> JobAdBoilerplate = new(StringComparer.Ordinal)
    {
        "able", "ability", "including", "include", "includes", "new", "work", "working", "role", "team", "teams",
        "experience", "strong", "skills", "skill", "candidate", "ideal", "join", "looking", "plus", "year", "years",
        "responsibilities", "requirements", "required", "preferred", "using", "use", "across", "opportunity", "company",
    };
}
