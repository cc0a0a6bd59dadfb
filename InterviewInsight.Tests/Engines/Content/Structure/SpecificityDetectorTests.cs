using InterviewInsight.Modules.Engines.Content.Structure;
using InterviewInsight.Modules.Engines.Content.Text;

namespace InterviewInsight.Tests.Engines.Content.Structure;

public sealed class SpecificityDetectorTests
{
    [Fact]
    public void Given_answer_with_figures_tools_and_outcome_When_detecting_Then_each_is_quoted_with_times()
    {
        // Arrange
        var words = SampleAnswers.Words(SampleAnswers.Star);
        var answer = AnswerText.From(words);

        // Act
        var specificity = SpecificityDetector.Detect(answer, words.Count);

        // Assert
        specificity.Numbers.Select(n => n.Text).ShouldBe(["two", "two", "25"]);
        specificity.Tools.Select(t => t.Text).ShouldContain("Docker");
        specificity.Outcomes.Select(o => o.Text).ShouldContain(t => t.StartsWith("reduced the build time from two hours", StringComparison.Ordinal));
        specificity.Outcomes.Select(o => o.Text).ShouldContain("on time.");
        specificity.Value.ShouldBe(1);
        var docker = specificity.Tools.First(t => t.Text == "Docker");
        var dockerWord = words.First(w => w.Text == "Docker");
        docker.Start.ShouldBe(dockerWord.Start);
        docker.End.ShouldBe(dockerWord.End);
    }

    [Fact]
    public void Given_vague_answer_When_detecting_Then_nothing_specific_is_found()
    {
        // Arrange
        var words = SampleAnswers.Words(SampleAnswers.Vague);

        // Act
        var specificity = SpecificityDetector.Detect(AnswerText.From(words), words.Count);

        // Assert
        specificity.Numbers.ShouldBeEmpty();
        specificity.Tools.ShouldBeEmpty();
        specificity.Outcomes.ShouldBeEmpty();
        specificity.Value.ShouldBe(0);
    }

    [Fact]
    public void Given_percent_and_capitalised_product_When_detecting_Then_density_follows_the_documented_formula()
    {
        // Arrange: 20 words, 1 number ("40%"), 2 tools (Grafana known, Snowplow capitalised), 1 outcome => 1 + 2 + 2 = 5 items
        var words = SampleAnswers.Words("We moved the reports from Snowplow to Grafana and we improved load times by 40% for every analyst on the team.");

        // Act
        var specificity = SpecificityDetector.Detect(AnswerText.From(words), 20);

        // Assert
        specificity.Numbers.Single().Text.ShouldBe("40%");
        specificity.Tools.Select(t => t.Text).ShouldBe(["Snowplow", "Grafana"]);
        specificity.Outcomes.Single().Text.ShouldStartWith("improved load times by 40%");
        specificity.ItemsPer100Words.ShouldBe(25);
        specificity.Value.ShouldBe(1);
    }
}
