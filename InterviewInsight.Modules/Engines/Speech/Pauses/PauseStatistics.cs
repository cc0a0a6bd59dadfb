using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Modules.Engines.Speech.Pauses;

/// <summary>Pause metrics of one span from VAD speech segments (pure).</summary>
internal static class PauseStatistics
{
    /// <param name="segments">Speech segments of the whole recording, in time order.</param>
    /// <param name="spanStart">Span start (an answer's start, i.e. when the question ended, or 0).</param>
    /// <param name="spanEnd">Span end.</param>
    /// <param name="options">Bands; <see cref="PauseOptions.Default"/> when null.</param>
    public static PauseSummary Compute(IReadOnlyList<SpeechSegment> segments, double spanStart, double spanEnd, PauseOptions? options = null)
    {
        options ??= PauseOptions.Default;
        var inSpan = Clip(segments, spanStart, spanEnd);
        var spanLength = Math.Max(0, spanEnd - spanStart);
        var speech = inSpan.Sum(s => s.Duration);
        var silenceRatio = spanLength > 0 ? Math.Clamp(1 - (speech / spanLength), 0, 1) : 0;
        var leading = inSpan.Count > 0 ? inSpan[0].Start - spanStart : spanLength;

        // Only silences between two stretches of speech are pauses: the silence before the first word is thinking
        // time (reported separately) and the silence after the last word is the end of the turn.
        var pauses = new List<Pause>();
        for (var i = 1; i < inSpan.Count; i++)
        {
            var gap = new Pause(inSpan[i - 1].End, inSpan[i].Start);
            if (gap.Duration >= options.MinPauseSeconds)
            {
                pauses.Add(gap);
            }
        }

        var longMidAnswer = pauses
            .Where(p => p.Duration > options.LongPauseSeconds && p.Start >= spanStart + options.ThinkingGraceSeconds)
            .ToList();
        return new PauseSummary(
            pauses.Count,
            pauses.Count > 0 ? pauses.Average(p => p.Duration) : 0,
            pauses.Count > 0 ? pauses.Max(p => p.Duration) : 0,
            silenceRatio,
            leading,
            longMidAnswer);
    }

    /// <summary>The parts of the segments inside [start, end).</summary>
    public static List<SpeechSegment> Clip(IReadOnlyList<SpeechSegment> segments, double start, double end) =>
        segments
            .Where(s => s.End > start && s.Start < end)
            .Select(s => new SpeechSegment(Math.Max(s.Start, start), Math.Min(s.End, end)))
            .ToList();
}
