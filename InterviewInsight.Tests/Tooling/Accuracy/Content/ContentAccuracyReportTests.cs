using InterviewInsight.Modules.Tooling.Accuracy.Content;
using InterviewInsight.Tests.Engines.Content;
using InterviewInsight.Tests.TestInfrastructure;
using Xunit.Abstractions;

namespace InterviewInsight.Tests.Tooling.Accuracy.Content;

public sealed class ContentAccuracyReportTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Given_reference_transcripts_When_measuring_relevance_with_glove_Then_on_topic_answers_score_above_off_topic_ones()
    {
        // Arrange
        var embedder = ContentTestModels.Glove();

        // Act
        var figures = await ContentAccuracyReport.MeasureAsync(TestAssets.TestDataDir, embedder);
        var markdown = ContentAccuracyReport.ToMarkdown(figures);
        foreach (var line in markdown)
        {
            output.WriteLine(line);
        }

        // Assert
        figures.Cases.ShouldBe(ContentAccuracyReport.Cases.Count);
        figures.CosineMargin.ShouldBeGreaterThan(0.2);
        figures.RelevanceMargin.ShouldBeGreaterThan(0.35);
        figures.PairwiseWinRate.ShouldBeGreaterThan(0.9);
        markdown.ShouldContain(l => l.Contains("| mean cosine |", StringComparison.Ordinal));
    }
}
