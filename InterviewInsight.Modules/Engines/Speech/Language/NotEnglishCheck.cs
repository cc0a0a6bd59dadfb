using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Modules.Engines.Speech.Language;

/// <summary>
/// Tells from PocketSphinx's output (<see cref="LanguageEvidence.TrigramShare"/>) whether a recording is likely not
/// English. An English-only recogniser writes English words for any language, so scores built on them would be
/// confidently wrong; a recording this check fires on gets the <c>not-english</c> flag and no transcript-based scores.
/// Calibrated in docs/accuracy.md ("Not English") on every shared English recording and on one answer read by espeak-ng
/// in nine languages.
/// </summary>
internal static class NotEnglishCheck
{
    /// <summary>Below this share of words with a known trigram the speech is taken for another language.</summary>
    public const double MinEnglishTrigramShare = 0.15;

    /// <summary>
    /// Below this much speech the share is too noisy to call a language: a short English answer can miss every trigram
    /// (a 2.8 s shared clip has none), while a real interview answer lasts 30 s or more.
    /// </summary>
    public const double MinVoicedSeconds = 8;

    public static QualityFlag Flag { get; } = QualityFlag.Content(
        QualityFlag.NotEnglish,
        "English only for now: this recording does not sound like English, so no transcript-based scores were given.");

    /// <summary>True when the evidence says the speech is likely not English; false when it is English or cannot tell.</summary>
    public static bool IsLikelyNotEnglish(LanguageEvidence evidence) =>
        evidence is { TrigramShare: { } share, VoicedSeconds: >= MinVoicedSeconds } && share < MinEnglishTrigramShare;

    public static bool IsLikelyNotEnglish(Transcript transcript, IReadOnlyList<SpeechSegment> speech) =>
        IsLikelyNotEnglish(LanguageEvidence.Measure(transcript, speech));
}
