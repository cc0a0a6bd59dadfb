using InterviewInsight.Modules.Engines.Speech;

namespace InterviewInsight.Modules.Analysis.Dashboard;

/// <summary>A line of the transcript: a run of words between pauses, its seek time, fillers and the long pause before it.</summary>
internal sealed record TranscriptLine(int Index, double Start, double End, IReadOnlyList<TranscriptToken> Tokens, double? PauseBeforeSeconds);

internal sealed record TranscriptToken(string Text, bool IsFiller);

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
        var fillers = speech.Fillers.Items;
        var longPauses = speech.Pauses.LongMidAnswer;
        var lines = new List<TranscriptLine>();
        var tokens = new List<TranscriptToken>();
        double start = 0, end = 0;
        double? pauseBefore = null;
        foreach (var word in speech.Words)
        {
            var pause = tokens.Count > 0 ? longPauses.FirstOrDefault(p => p.Start >= end - 0.3 && p.Start < word.Start) : null;
            if (tokens.Count > 0 && (pause is not null || word.Start - end >= GapSeconds || tokens.Count >= MaxWords))
            {
                lines.Add(new TranscriptLine(lines.Count, start, end, tokens, pauseBefore));
                tokens = [];
                pauseBefore = pause?.Duration;
            }

            if (tokens.Count == 0)
            {
                start = word.Start;
            }

            tokens.Add(new TranscriptToken(word.Text, fillers.Any(f => word.Start >= f.Start - 0.01 && word.End <= f.End + 0.01)));
            end = word.End;
        }

        if (tokens.Count > 0)
        {
            lines.Add(new TranscriptLine(lines.Count, start, end, tokens, pauseBefore));
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
