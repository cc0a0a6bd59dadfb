using InterviewInsight.Modules.Engines.Speech.Pauses;
using InterviewInsight.Modules.Engines.Speech.Prosody;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Words;

namespace InterviewInsight.Modules.Engines.Speech;

/// <summary>
/// The <c>speech</c> object of the result JSON (docs/architecture.md, "Scores") for the whole recording or one span. Times are seconds
/// on the recording's clock, ratios 0..1.
/// </summary>
/// <param name="Start">Span start.</param>
/// <param name="End">Span end.</param>
/// <param name="Transcript">Text of the words whose midpoint is inside the span.</param>
/// <param name="Words">Those words, with times and confidence.</param>
/// <param name="WordCount">Words, vocal fillers (um, uh) excluded.</param>
/// <param name="SpeakingSeconds">VAD speech time in the span.</param>
/// <param name="WordsPerMinute">Words over the span time, pauses included (the 120-165 wpm band).</param>
/// <param name="WordsPerMinuteSpeaking">Words over speech time only (articulation rate).</param>
/// <param name="Pauses">Pause metrics.</param>
/// <param name="Fillers">Fillers with times.</param>
/// <param name="Repetitions">Immediate repetitions ("I I", "the the").</param>
/// <param name="Hedges">Hedging phrases ("I think", "maybe").</param>
/// <param name="Pitch">Pitch level and variation relative to the speaker's own median.</param>
/// <param name="Energy">Vocal energy level and variation.</param>
public sealed record SpeechResult(
    double Start,
    double End,
    string Transcript,
    IReadOnlyList<TranscriptWord> Words,
    int WordCount,
    double SpeakingSeconds,
    double WordsPerMinute,
    double WordsPerMinuteSpeaking,
    PauseSummary Pauses,
    FillerSummary Fillers,
    IReadOnlyList<TimedPhrase> Repetitions,
    IReadOnlyList<TimedPhrase> Hedges,
    PitchSummary Pitch,
    EnergySummary Energy);
