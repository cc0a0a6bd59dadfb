namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>
/// Where everything sits on the session clock of the one prepared recording: a calibration span at the start, then for
/// every possible turn a quiet gap (the interviewer deciding and speaking) followed by the candidate's spoken answer.
/// There are room for three turns per planned question, the most the rules allow (a question plus two follow-ups).
/// </summary>
internal sealed record RecordingTimeline(double CalibrationSeconds, double GapSeconds, IReadOnlyList<AnswerSlot> Slots, double ChunkSeconds)
{
    public const double DefaultCalibrationSeconds = 3;
    public const double DefaultGapSeconds = 8;
    public const double DefaultChunkSeconds = 3;
    public const int MostTurnsPerQuestion = 3;
    private const double TrailingSeconds = 1;

    public double DurationSeconds => Slots[^1].SpeechEnd + TrailingSeconds;

    public static RecordingTimeline For(int questions, double answerSeconds)
    {
        var slots = new List<AnswerSlot>();
        var start = DefaultCalibrationSeconds;
        for (var i = 0; i < questions * MostTurnsPerQuestion; i++)
        {
            slots.Add(new AnswerSlot(i, start + DefaultGapSeconds, start + DefaultGapSeconds + answerSeconds));
            start += DefaultGapSeconds + answerSeconds;
        }

        return new RecordingTimeline(DefaultCalibrationSeconds, DefaultGapSeconds, slots, DefaultChunkSeconds);
    }

    /// <summary>
    /// Where MediaRecorder cuts a chunk: every <see cref="ChunkSeconds"/> (its timeslice), and at every answer end,
    /// where the page calls <c>requestData()</c> before it ends the answer.
    /// </summary>
    public IReadOnlyList<double> ChunkEnds()
    {
        var ends = new SortedSet<double>(Slots.Select(s => s.SpeechEnd));
        for (var t = ChunkSeconds; t < DurationSeconds; t += ChunkSeconds)
        {
            ends.Add(t);
        }

        ends.Add(DurationSeconds);
        return [.. ends];
    }
}
