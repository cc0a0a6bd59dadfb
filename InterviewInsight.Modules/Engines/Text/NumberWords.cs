namespace InterviewInsight.Modules.Engines.Text;

/// <summary>
/// Number words that make a figure. "one" is left out because "one of" is rarely a figure; "quarter" and "double" too
/// ("last quarter", "double-check").
/// </summary>
internal static class NumberWords
{
    public static readonly HashSet<string> All = new(StringComparer.Ordinal)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
        "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "percent",
        "dozen", "dozens", "twice", "half", "triple", "tripled", "doubled", "halved",
    };

    /// <summary>A word that is part of a figure: digits or a number word.</summary>
    public static bool IsFigure(string word) => Words.HasDigit(word) || All.Contains(word);
}
