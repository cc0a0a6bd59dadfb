using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Modules.Engines.Speech;

/// <summary>Everything the speech pipeline measured on one recording.</summary>
/// <param name="DurationSeconds">Recording length.</param>
/// <param name="Engine">Speech-to-text engine that made the transcript (provenance).</param>
/// <param name="LowAccuracy">The engine is a low-accuracy one (the UI marks the transcript).</param>
/// <param name="Speech">Whole-recording metrics (kept even when spans are given).</param>
/// <param name="Spans">Per-span metrics, in the order requested.</param>
/// <param name="SpeechSegments">VAD speech segments.</param>
/// <param name="Timeline">1 s series for the charts.</param>
/// <param name="Quality">Audio quality flags.</param>
/// <param name="Timings">Per-stage wall-clock times.</param>
internal sealed record SpeechAnalysis(
    double DurationSeconds,
    string Engine,
    bool LowAccuracy,
    SpeechResult Speech,
    IReadOnlyList<SpeechSpanResult> Spans,
    IReadOnlyList<SpeechSegment> SpeechSegments,
    SpeechTimeline Timeline,
    IReadOnlyList<QualityFlag> Quality,
    SpeechTimings Timings);
