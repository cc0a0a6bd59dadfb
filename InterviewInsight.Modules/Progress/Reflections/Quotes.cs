namespace InterviewInsight.Modules.Progress.Reflections;

/// <summary>Short, clean quotations of a candidate's words for the coaching response.</summary>
internal static class Quotes
{
    private const int MaxWords = 24;

    /// <summary>The text in curly quotes, cut at <see cref="MaxWords"/> words with an ellipsis; whitespace collapsed.</summary>
    public static string Of(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var shown = string.Join(' ', words.Take(MaxWords)).TrimEnd('.', ',', ';', ':');
        return $"“{shown}{(words.Length > MaxWords ? " …" : "")}”";
    }
}
