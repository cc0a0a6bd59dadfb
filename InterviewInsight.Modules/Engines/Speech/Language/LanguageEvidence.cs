using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Modules.Engines.Speech.Language;

/// <summary>
/// What an English recogniser's output says about whether the speech was English at all. An English-only recogniser
/// forced onto another language still writes English words, but strings them in sequences its English language model
/// has never seen, so it rarely finds a known trigram for them.
/// </summary>
/// <param name="Words">Recognised words (fillers included).</param>
/// <param name="VoicedSeconds">VAD speech time.</param>
/// <param name="MeanConfidence">Mean word posterior (reported; it does not separate languages, see docs/accuracy.md).</param>
/// <param name="WordsPerVoicedSecond">Recognised words per second of speech (reported; it does not separate either).</param>
/// <param name="TrigramShare">Share of words the language model scored with a known trigram; null when the engine does not say.</param>
internal sealed record LanguageEvidence(int Words, double VoicedSeconds, double MeanConfidence, double WordsPerVoicedSecond, double? TrigramShare)
{
    public static LanguageEvidence Measure(Transcript transcript, IReadOnlyList<SpeechSegment> speech)
    {
        var words = transcript.Words;
        var voiced = speech.Sum(s => s.Duration);
        var orders = transcript.NgramOrders is { Count: > 0 } known && known.Count == words.Count ? known : null;
        return new LanguageEvidence(
            words.Count,
            voiced,
            words.Count > 0 ? words.Average(w => w.Confidence) : 0,
            voiced > 0 ? words.Count / voiced : 0,
            orders?.Count(o => o >= 3) / (double)words.Count);
    }
}
