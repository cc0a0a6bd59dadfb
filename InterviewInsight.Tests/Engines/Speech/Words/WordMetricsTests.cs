using InterviewInsight.Modules.Engines.Speech.Vad;
using InterviewInsight.Modules.Engines.Speech.Words;

namespace InterviewInsight.Tests.Engines.Speech.Words;

public sealed class WordMetricsTests
{
    [Fact]
    public void Given_repeated_words_and_pairs_When_detecting_Then_each_run_is_one_item()
    {
        // Arrange
        var tokens = Token.From(TranscriptBuilder.Words("I I think the the the plan was in the in the south and that that worked um um"));

        // Act
        var repetitions = RepetitionDetector.Detect(tokens);

        // Assert
        repetitions.Select(r => r.Text).ShouldBe(["i i", "the the the", "in the in the"]);
    }

    [Fact]
    public void Given_hedges_When_detecting_Then_phrases_are_found_but_noun_phrase_kind_of_is_not()
    {
        // Arrange
        var tokens = Token.From(TranscriptBuilder.Words("I think maybe we could probably ship what kind of tool I'm not sure it was kind of slow"));

        // Act
        var hedges = HedgeDetector.Detect(tokens);

        // Assert
        hedges.Select(h => h.Text).ShouldBe(["i think", "maybe", "probably", "i'm not sure", "kind of"]);
    }

    [Fact]
    public void Given_a_span_with_known_speech_time_When_computing_Then_rates_follow_from_counts_and_times()
    {
        // Arrange: 12 words incl. 2 vocal fillers over a 10 s span with 5 s of speech.
        var words = TranscriptBuilder.Words("um we shipped the release uh two weeks early and it worked", start: 1);
        SpeechSegment[] segments = [new(1, 3.5), new(4, 6.5)];

        // Act
        var metrics = WordMetrics.Compute(words, segments, 0, 10);

        // Assert
        metrics.WordCount.ShouldBe(10);
        metrics.SpeakingSeconds.ShouldBe(5, 1e-9);
        metrics.WordsPerMinute.ShouldBe(60, 1e-9);
        metrics.WordsPerMinuteSpeaking.ShouldBe(120, 1e-9);
        metrics.Fillers.Count.ShouldBe(2);
        metrics.Fillers.PerMinute.ShouldBe(24, 1e-9);
        metrics.Fillers.Per100Words.ShouldBe(100.0 * 2 / 12, 1e-9);
    }

    [Fact]
    public void Given_words_outside_the_span_When_computing_Then_only_words_inside_are_counted()
    {
        // Arrange
        var words = TranscriptBuilder.Words("first answer words | | | | | second answer um here");

        // Act
        var second = WordMetrics.Compute(words, [new SpeechSegment(0, 20)], 5, 20);

        // Assert
        second.WordCount.ShouldBe(3);
        second.Fillers.Items.Single().Text.ShouldBe("um");
    }
}
