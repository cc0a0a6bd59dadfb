using InterviewInsight.Modules.Progress.Compare;
using InterviewInsight.Modules.Progress.Trends;

namespace InterviewInsight.Tests.Modules.Progress;

public sealed class AttemptChangesTests
{
    private static readonly QuestionAttempt Earlier = new(
        Guid.NewGuid(), Guid.NewGuid(), new DateTime(2026, 12, 1, 10, 0, 0, DateTimeKind.Utc),
        Overall: 58, Content: 60, Delivery: 55, Presence: 70, WordsPerMinute: 168, FillersPerMinute: 6, DurationSeconds: 45,
        StarCoverage: 0.5, Relevance: 0.55, WordCount: 126, FillerCount: 9, LongestPauseSeconds: 6.2, EyeContactRatio: 0.62);

    [Fact]
    public void Given_a_retake_that_slowed_down_and_dropped_fillers_When_compared_Then_each_change_is_named_with_its_direction()
    {
        // Arrange
        var later = Earlier with
        {
            Overall = 71, WordsPerMinute = 142, FillerCount = 3, LongestPauseSeconds = 2.1, DurationSeconds = 80, StarCoverage = 1, WordCount = 190,
        };

        // Act
        var changes = AttemptChanges.Between(Earlier, later).ToDictionary(c => c.Measure);

        // Assert
        changes["wordsPerMinute"].Text.ShouldBe("Pace 168 → 142 wpm, now inside the band (120-165 wpm)");
        changes["wordsPerMinute"].Better.ShouldBe(true);
        changes["fillers"].Text.ShouldBe("Fillers 9 → 3");
        changes["fillers"].Better.ShouldBe(true);
        changes["overall"].Text.ShouldBe("Answer score 58 → 71");
        changes["overall"].Better.ShouldBe(true);
        changes["longestPauseSeconds"].Better.ShouldBe(true);
        changes["durationSeconds"].Text.ShouldBe("Answer length 45 → 80 s, now inside the band (60-120 s)");
        changes["starCoverage"].Text.ShouldBe("STAR elements 2 → 4 of 4");
        changes["wordCount"].Better.ShouldBeNull("more words is neither better nor worse by itself");
        changes["content"].Text.ShouldBe("Content score 60 → 60, about the same");
        changes["content"].Better.ShouldBeNull();
        changes["eyeContactRatio"].Better.ShouldBeNull("both inside the band");
    }

    [Fact]
    public void Given_a_retake_that_rushed_past_the_band_When_compared_Then_pace_is_worse_and_leaves_the_band()
    {
        var later = Earlier with { WordsPerMinute = 150 };
        var rushed = Earlier with { WordsPerMinute = 185, EyeContactRatio = 0.3 };

        var change = AttemptChanges.Between(later, rushed).Single(c => c.Measure == "wordsPerMinute");
        var eyes = AttemptChanges.Between(later, rushed).Single(c => c.Measure == "eyeContactRatio");

        change.Better.ShouldBe(false);
        change.Text.ShouldBe("Pace 150 → 185 wpm, now outside the band (120-165 wpm)");
        eyes.Better.ShouldBe(false);
        eyes.Text.ShouldStartWith("Eye contact 62% → 30%");
    }

    [Fact]
    public void Given_measures_missing_from_one_attempt_When_compared_Then_they_are_left_out()
    {
        var unmeasured = Earlier with { WordsPerMinute = null, FillerCount = null, EyeContactRatio = null };

        var measures = AttemptChanges.Between(Earlier, unmeasured).Select(c => c.Measure).ToList();

        measures.ShouldNotContain("wordsPerMinute");
        measures.ShouldNotContain("fillers");
        measures.ShouldNotContain("eyeContactRatio");
        measures.ShouldContain("overall");
    }
}
