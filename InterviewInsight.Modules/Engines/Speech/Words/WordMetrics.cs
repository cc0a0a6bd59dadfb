using InterviewInsight.Modules.Engines.Speech.Pauses;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Modules.Engines.Speech.Words;

/// <summary>Pace, fillers, repetitions and hedges of one span (pure).</summary>
internal static class WordMetrics
{
    /// <param name="words">Transcript words of the whole recording; those whose midpoint lies in the span are used.</param>
    /// <param name="segments">VAD speech segments of the whole recording (speaking time).</param>
    /// <param name="spanStart">Span start in seconds.</param>
    /// <param name="spanEnd">Span end in seconds.</param>
    public static WordMetricsResult Compute(
        IReadOnlyList<TranscriptWord> words, IReadOnlyList<SpeechSegment> segments, double spanStart, double spanEnd)
    {
        var inSpan = words.Where(w => Midpoint(w) >= spanStart && Midpoint(w) < spanEnd).ToList();
        var tokens = Token.From(inSpan);
        var fillers = FillerDetector.Detect(tokens);
        var wordCount = tokens.Count(t => !TokenPatterns.VocalFillers.Contains(t.Text));
        var speaking = PauseStatistics.Clip(segments, spanStart, spanEnd).Sum(s => s.Duration);
        var spanMinutes = Math.Max(0, spanEnd - spanStart) / 60;
        var speakingMinutes = speaking / 60;

        return new WordMetricsResult(
            wordCount,
            speaking,
            PerMinute(wordCount, spanMinutes),
            PerMinute(wordCount, speakingMinutes),
            new FillerSummary(
                fillers.Count,
                PerMinute(fillers.Count, speakingMinutes),
                tokens.Count > 0 ? 100.0 * fillers.Count / tokens.Count : 0,
                fillers),
            RepetitionDetector.Detect(tokens),
            HedgeDetector.Detect(tokens));
    }

    private static double Midpoint(TranscriptWord word) => (word.Start + word.End) / 2;

    private static double PerMinute(int count, double minutes) => minutes > 0 ? count / minutes : 0;
}
