using InterviewInsight.Modules.Engines.Scoring;
using InterviewInsight.Modules.Engines.Speech;
using InterviewInsight.Modules.Engines.Speech.Words;
using static InterviewInsight.Tests.Engines.Scoring.ScoringFixtures;

namespace InterviewInsight.Tests.Engines.Scoring;

public sealed class TimelineFusionTests
{
    [Fact]
    public void Given_speech_vision_and_content_When_merging_Then_all_series_share_the_session_clock_and_length()
    {
        // Arrange
        var speech = new SpeechTimeline(1, new Dictionary<string, double?[]>
        {
            ["wpm"] = Enumerable.Repeat<double?>(140, 30).ToArray(),
            ["fillers"] = new double?[30],
        });
        var vision = VisionOf(10, 20, eyeContact: 0.7);
        var content = ContentOf("q1", 2, 25, sentenceSentiments: [0.5, -0.4]);
        var fillers = new List<TimedPhrase> { new("um", 4.2, 4.5), new("uh", 6.0, 6.2) };

        // Act
        var timeline = TimelineFusion.Merge(29.5, speech, vision, [content], fillers);

        // Assert
        timeline.StepSeconds.ShouldBe(1);
        timeline.Series.Keys.ShouldBe(["fillers", "wpm", "eyeContact", "facePresent", "sentiment", "fillersPerMinute"]);
        timeline.Series.Values.ShouldAllBe(v => v.Length == 30);
        timeline.Series["eyeContact"][9].ShouldBeNull();
        timeline.Series["eyeContact"][10].ShouldBe(0.7);
        timeline.Series["eyeContact"][19].ShouldBe(0.7);
        timeline.Series["eyeContact"][20].ShouldBeNull();
        timeline.Series["sentiment"][1].ShouldBeNull();
        timeline.Series["sentiment"][5].ShouldBe(0.5);
        timeline.Series["sentiment"][15].ShouldBe(-0.4);
        timeline.Series["sentiment"][21].ShouldBeNull();
        timeline.Series["fillersPerMinute"][5].ShouldBe(12);
        timeline.Series["fillersPerMinute"][12].ShouldBe(0);
    }

    [Fact]
    public void Given_no_modalities_When_merging_Then_content_series_still_cover_the_duration()
    {
        // Act
        var timeline = TimelineFusion.Merge(3, null, null, [], []);

        // Assert
        timeline.Series.Keys.ShouldBe(["sentiment", "fillersPerMinute"]);
        timeline.Series["sentiment"].ShouldBe(new double?[] { null, null, null });
        timeline.Series["fillersPerMinute"].ShouldBe(new double?[] { 0, 0, 0 });
    }
}
