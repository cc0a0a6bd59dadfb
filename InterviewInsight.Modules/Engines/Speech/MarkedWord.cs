namespace InterviewInsight.Modules.Engines.Speech;

/// <summary>
/// One transcript word as a reader sees it: whether it is a filler, and the long mid-answer pause (seconds) heard just
/// before it. The dashboard, the shared report and the PDF all mark the transcript with this one rule.
/// </summary>
public sealed record MarkedWord(string Text, double Start, double End, bool IsFiller, double? PauseBefore)
{
    public static IEnumerable<MarkedWord> From(SpeechResult speech)
    {
        var fillers = speech.Fillers.Items;
        double? previousEnd = null;
        foreach (var word in speech.Words)
        {
            var isFiller = fillers.Any(f => word.Start >= f.Start - 0.01 && word.End <= f.End + 0.01);
            var pause = previousEnd is { } end ? speech.Pauses.LongMidAnswer.FirstOrDefault(p => p.Start >= end - 0.3 && p.Start < word.Start) : null;
            yield return new MarkedWord(word.Text, word.Start, word.End, isFiller, pause?.Duration);
            previousEnd = word.End;
        }
    }
}
