using InterviewInsight.Modules.Progress.Reflections;

namespace InterviewInsight.Tests.Modules.Progress;

public sealed class ReflectionSummaryWriterTests
{
    [Fact]
    public void Given_reflections_that_share_words_When_summarised_Then_recurring_words_are_themes_and_prompt_words_are_not()
    {
        // Arrange
        ReflectionView[] reflections =
        [
            View(1, "Clear examples", "Slow down, fewer fillers", "nervous"),
            View(2, "Good examples with numbers", "Too many fillers again", "calmer"),
            View(3, "Structure", "I need to slow my pace", "nervous again"),
        ];

        // Act
        var summary = ReflectionSummaryWriter.Write(reflections, []);

        // Assert
        summary.Reflections.ShouldBe(3);
        summary.Themes.Select(t => t.Theme).ShouldContain("examples");
        summary.Themes.Select(t => t.Theme).ShouldContain("fillers");
        summary.Themes.Select(t => t.Theme).ShouldContain("nervous");
        summary.Themes.Select(t => t.Theme).ShouldNotContain("good");
        summary.Themes.ShouldAllBe(t => t.Sessions >= 2);
        summary.Summary.ShouldContain("Across 3 reflections");
    }

    [Fact]
    public void Given_nothing_When_summarised_Then_an_empty_state_sentence()
    {
        var summary = ReflectionSummaryWriter.Write([], []);

        summary.Themes.ShouldBeEmpty();
        summary.Summary.ShouldContain("No reflections");
    }

    private static ReflectionView View(int n, string wentWell, string toChange, string feeling) =>
        new(new Guid($"00000000-0000-0000-0000-{n:D12}"), wentWell, toChange, feeling, "", "", DateTime.UtcNow);
}
