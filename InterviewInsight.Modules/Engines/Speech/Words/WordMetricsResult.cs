namespace InterviewInsight.Modules.Engines.Speech.Words;

/// <summary>Transcript-derived metrics of one span.</summary>
/// <param name="WordCount">Transcribed words in the span, vocal fillers (um, uh...) excluded.</param>
/// <param name="SpeakingSeconds">VAD speech time inside the span.</param>
/// <param name="WordsPerMinute">Words over the whole span time (pauses included): the usual "speaking rate" of the
/// 120-165 wpm band.</param>
/// <param name="WordsPerMinuteSpeaking">Words over VAD speech time only (articulation rate).</param>
/// <param name="Fillers">Filler words (see <see cref="FillerDetector"/> for the rules).</param>
/// <param name="Repetitions">Immediate word or pair repetitions.</param>
/// <param name="Hedges">Hedging phrases.</param>
internal sealed record WordMetricsResult(
    int WordCount,
    double SpeakingSeconds,
    double WordsPerMinute,
    double WordsPerMinuteSpeaking,
    FillerSummary Fillers,
    IReadOnlyList<TimedPhrase> Repetitions,
    IReadOnlyList<TimedPhrase> Hedges);
