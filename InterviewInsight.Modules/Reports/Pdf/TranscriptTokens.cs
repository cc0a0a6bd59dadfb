using InterviewInsight.Modules.Engines.Speech;

namespace InterviewInsight.Modules.Reports.Pdf;

/// <summary>One transcript word, whether it is a filler, and the long pause (seconds) heard just before it.</summary>
internal sealed record TranscriptToken(string Text, double Start, bool IsFiller, double? PauseBefore)
{
    /// <summary>The words of the transcript with fillers and long mid-answer pauses marked, as the dashboard marks them.</summary>
    public static IEnumerable<TranscriptToken> From(SpeechResult speech)
    {
        var fillers = speech.Fillers.Items;
        double? previousEnd = null;
        foreach (var word in speech.Words)
        {
            var isFiller = fillers.Any(f => word.Start >= f.Start - 0.01 && word.End <= f.End + 0.01);
            var pause = previousEnd is { } end ? speech.Pauses.LongMidAnswer.FirstOrDefault(p => p.Start >= end - 0.3 && p.Start < word.Start) : null;
            yield return new TranscriptToken(word.Text, word.Start, isFiller, pause?.Duration);
            previousEnd = word.End;
        }
    }
}
