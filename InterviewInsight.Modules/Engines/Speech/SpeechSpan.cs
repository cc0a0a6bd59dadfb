namespace InterviewInsight.Modules.Engines.Speech;

/// <summary>A part of the recording to analyse on its own: an answer (start = when the question ended) or a fixed window.</summary>
internal sealed record SpeechSpan(string Id, double Start, double End)
{
    /// <summary>Consecutive windows of <paramref name="stepSeconds"/> (default 10 s, docs/architecture.md, "Scores") over the recording.</summary>
    public static IReadOnlyList<SpeechSpan> FixedWindows(double durationSeconds, double stepSeconds = 10)
    {
        var windows = new List<SpeechSpan>();
        for (var (start, index) = (0.0, 0); start < durationSeconds; start += stepSeconds, index++)
        {
            windows.Add(new SpeechSpan($"w{index}", start, Math.Min(durationSeconds, start + stepSeconds)));
        }

        return windows;
    }
}
