using InterviewInsight.Modules.Engines.Speech.Pauses;
using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Tests.Engines.Speech.Pauses;

public sealed class PauseStatisticsTests
{
    [Fact]
    public void Given_gaps_of_known_length_When_computing_Then_only_gaps_from_250_ms_count()
    {
        // Arrange: gaps 0.2 (ignored), 0.5, 1.5 s; 2 s of thinking before the first word.
        SpeechSegment[] segments = [new(2, 4), new(4.2, 6), new(6.5, 8), new(9.5, 12)];

        // Act
        var pauses = PauseStatistics.Compute(segments, 0, 12);

        // Assert
        pauses.Count.ShouldBe(2);
        pauses.MeanSeconds.ShouldBe(1.0, 1e-9);
        pauses.LongestSeconds.ShouldBe(1.5, 1e-9);
        pauses.SilenceRatio.ShouldBe((12 - 7.8) / 12, 1e-9);
        pauses.LeadingSilenceSeconds.ShouldBe(2, 1e-9);
        pauses.LongMidAnswer.ShouldBeEmpty();
    }

    [Fact]
    public void Given_long_silences_early_and_late_in_an_answer_When_computing_Then_only_the_late_one_is_a_long_mid_answer_pause()
    {
        // Arrange: answer starts at 100 s; a 4 s gap at 101.5 (thinking) and a 3.5 s gap at 110.
        SpeechSegment[] segments = [new(90, 98), new(100.5, 101.5), new(105.5, 110), new(113.5, 120)];

        // Act
        var pauses = PauseStatistics.Compute(segments, 100, 120);

        // Assert
        pauses.Count.ShouldBe(2);
        pauses.LongMidAnswer.Count.ShouldBe(1);
        pauses.LongMidAnswer[0].Start.ShouldBe(110);
        pauses.LongMidAnswer[0].Duration.ShouldBe(3.5, 1e-9);
        pauses.LeadingSilenceSeconds.ShouldBe(0.5, 1e-9);
    }

    [Fact]
    public void Given_no_speech_When_computing_Then_the_span_is_all_silence_and_there_are_no_pauses()
    {
        // Act
        var pauses = PauseStatistics.Compute([], 0, 5);

        // Assert
        pauses.Count.ShouldBe(0);
        pauses.SilenceRatio.ShouldBe(1);
        pauses.LongestSeconds.ShouldBe(0);
    }
}
