using InterviewInsight.Modules.Engines.Speech;

namespace InterviewInsight.Modules.Analysis.Dashboard;

/// <summary>A line of the transcript: a run of words between pauses, its seek time, fillers and the long pause before it.</summary>
internal sealed record TranscriptLine(int Index, double Start, double End, IReadOnlyList<MarkedWord> Tokens, double? PauseBeforeSeconds);

/// <summary>
/// Cuts the transcript into lines a reader can scan and a player can seek to: at every long mid-answer pause, at a
/// gap of <see cref="GapSeconds"/>, and after <see cref="MaxWords"/> words, so no line is a wall of text.
/// </summary>
internal static class TranscriptLines
{
    public const double GapSeconds = 1.2;
    public const int MaxWords = 16;

    public static List<TranscriptLine> Of(SpeechResult speech)
    {
        var lines = new List<TranscriptLine>();
        var tokens = new List<MarkedWord>();
        double? pauseBefore = null;
        foreach (var word in MarkedWord.From(speech))
        {
            if (tokens.Count > 0 && (word.PauseBefore is not null || word.Start - tokens[^1].End >= GapSeconds || tokens.Count >= MaxWords))
            {
                lines.Add(new TranscriptLine(lines.Count, tokens[0].Start, tokens[^1].End, tokens, pauseBefore));
                tokens = [];
                pauseBefore = word.PauseBefore;
            }

            tokens.Add(word);
        }

        if (tokens.Count > 0)
        {
            lines.Add(new TranscriptLine(lines.Count, tokens[0].Start, tokens[^1].End, tokens, pauseBefore));
        }

        return lines;
    }

    /// <summary>The line being spoken at <paramref name="seconds"/> (the last one started), or -1 before the first.</summary>
    public static int At(IReadOnlyList<TranscriptLine> lines, double seconds)
    {
        int low = 0, high = lines.Count - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (lines[mid].Start <= seconds)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }
}
