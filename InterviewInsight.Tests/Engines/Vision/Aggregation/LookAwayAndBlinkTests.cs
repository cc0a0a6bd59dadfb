using InterviewInsight.Modules.Engines.Vision.Aggregation;

namespace InterviewInsight.Tests.Engines.Vision.Aggregation;

public sealed class LookAwayAndBlinkTests
{
    [Fact]
    public void Given_contact_frames_with_two_gaps_When_finding_runs_Then_each_lasts_until_contact_returns()
    {
        // Arrange: 5 fps; away at 0.4-0.8 (ends 1.0) and from 2.0 to the span end at 3.0.
        var frames = Enumerable.Range(0, 15).Select(i => (i * 0.2, !(i is >= 2 and <= 4 || i >= 10))).ToList();

        // Act
        var runs = LookAwayRun.Find(frames, 3.0);

        // Assert
        runs.Count.ShouldBe(2);
        runs[0].StartSeconds.ShouldBe(0.4, 1e-9);
        runs[0].DurationSeconds.ShouldBe(0.6, 1e-9);
        runs[1].DurationSeconds.ShouldBe(1.0, 1e-9);
        runs[1].OverlapSeconds(2.5, 10).ShouldBe(0.5, 1e-9);
    }

    [Fact]
    public void Given_eye_openness_with_two_dips_When_counting_blinks_Then_two_are_counted()
    {
        // Arrange: open at 0.3; dips to 0.1 for one frame and for two frames.
        double[] ears = [0.3, 0.31, 0.1, 0.3, 0.29, 0.3, 0.12, 0.11, 0.3, 0.3];
        var series = ears.Select((e, i) => new TimedValue(i * 0.2, e)).ToList();

        // Act
        var blinks = BlinkCounter.Count(series);

        // Assert
        blinks.ShouldBe(2);
    }
}
