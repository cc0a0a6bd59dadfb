using InterviewInsight.Modules.Engines.Speech.Language;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Tests.Engines.Speech.Language;

public sealed class NotEnglishCheckTests
{
    [Fact]
    public void Given_long_speech_with_few_known_trigrams_When_checked_Then_it_is_likely_not_English()
    {
        // Arrange: 10 words over 12 s of speech, one of them scored with a known trigram
        var transcript = Transcript(10, knownTrigrams: 1);

        // Act
        var evidence = LanguageEvidence.Measure(transcript, [new SpeechSegment(0, 12)]);

        // Assert
        evidence.TrigramShare.ShouldBe(0.1);
        evidence.WordsPerVoicedSecond.ShouldBe(10 / 12.0, 1e-9);
        NotEnglishCheck.IsLikelyNotEnglish(evidence).ShouldBeTrue();
    }

    [Fact]
    public void Given_long_speech_with_English_trigrams_When_checked_Then_it_is_English()
    {
        var transcript = Transcript(10, knownTrigrams: 3);

        NotEnglishCheck.IsLikelyNotEnglish(transcript, [new SpeechSegment(0, 12)]).ShouldBeFalse();
    }

    [Fact]
    public void Given_too_little_speech_When_checked_Then_it_cannot_tell_and_says_English()
    {
        // Arrange: no known trigram at all, but only 5 s of speech
        var transcript = Transcript(10, knownTrigrams: 0);

        NotEnglishCheck.IsLikelyNotEnglish(transcript, [new SpeechSegment(0, 5)]).ShouldBeFalse();
    }

    [Fact]
    public void Given_an_engine_that_reports_no_ngram_orders_When_checked_Then_it_is_not_judged()
    {
        var transcript = Transcript(10, knownTrigrams: 0) with { NgramOrders = null };

        var evidence = LanguageEvidence.Measure(transcript, [new SpeechSegment(0, 12)]);

        evidence.TrigramShare.ShouldBeNull();
        NotEnglishCheck.IsLikelyNotEnglish(evidence).ShouldBeFalse();
    }

    private static Transcript Transcript(int words, int knownTrigrams)
    {
        var list = Enumerable.Range(0, words).Select(i => new TranscriptWord("word", i, i + 1, 0.5)).ToList();
        return new Transcript("", list, "pocketsphinx", LowAccuracy: true)
        {
            NgramOrders = [.. Enumerable.Range(0, words).Select(i => i < knownTrigrams ? 3 : 1)],
        };
    }
}
