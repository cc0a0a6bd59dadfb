using System.Globalization;
using InterviewInsight.Modules.Engines.Content.Embeddings;
using InterviewInsight.Modules.Engines.Text;
using InterviewInsight.Modules.Tooling.Accuracy.Content;
using InterviewInsight.Tests.Engines.Content;
using InterviewInsight.Tests.Modules.Live.Turns;
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

    [Fact]
    public async Task Given_reference_transcripts_When_measuring_relevance_with_minilm_and_glove_Then_minilm_separates_at_least_as_well()
    {
        // Arrange
        var miniLm = ContentTestModels.MiniLm();

        // Act
        var figures = await ContentAccuracyReport.MeasureAsync(TestAssets.TestDataDir, miniLm);
        var glove = await ContentAccuracyReport.MeasureAsync(TestAssets.TestDataDir, ContentTestModels.Glove());
        var markdown = ContentAccuracyReport.ComparisonMarkdown([figures, glove]);
        foreach (var line in markdown.Concat(ContentAccuracyReport.ToMarkdown(figures)))
        {
            output.WriteLine(line);
        }

        // Assert
        figures.Engine.ShouldBe(MiniLmEmbedder.EngineName);
        figures.CosineMargin.ShouldBeGreaterThan(0.2);
        figures.RelevanceMargin.ShouldBeGreaterThan(0.5);
        figures.PairwiseWinRate.ShouldBeGreaterThanOrEqualTo(glove.PairwiseWinRate);
        figures.OwnQuestionFirstRate.ShouldBeGreaterThanOrEqualTo(glove.OwnQuestionFirstRate);
        figures.MeanOffTopicRelevance.ShouldBeLessThan(0.1);
        markdown.Count(l => l.StartsWith("| ", StringComparison.Ordinal)).ShouldBe(3);
    }

    [Fact]
    public async Task Given_hand_written_stories_When_measuring_sentence_to_sentence_cosines_Then_each_engines_coherence_scale_rates_stories_above_unrelated_sentences()
    {
        // Arrange: consecutive sentences of one story against sentences of two different stories (the calibration of
        // EmbedderCalibration.Coherence, printed for the record)
        string[] stories =
        [
            TurnTestData.CompleteStar, TurnTestData.NoResult, TurnTestData.Vague, TurnTestData.Holiday, TurnTestData.TechnicalComplete,
            TurnTestData.FailureStory, TurnTestData.AngryGuestStory, SampleAnswers.Star,
        ];
        var sentences = stories.Select(s => SentenceSplitter.SplitText(s)).ToList();

        foreach (IEmbedder embedder in new IEmbedder[] { ContentTestModels.MiniLm(), ContentTestModels.Glove() })
        {
            // Act
            var adjacent = new List<double>();
            var unrelated = new List<double>();
            foreach (var (story, k) in sentences.Select((s, k) => (s, k)))
            {
                for (var i = 0; i + 1 < story.Count; i++)
                {
                    adjacent.Add(await CosineAsync(embedder, story[i], story[i + 1]));
                    var other = sentences[(k + 1) % sentences.Count];
                    unrelated.Add(await CosineAsync(embedder, story[i], other[Math.Min(i + 1, other.Count - 1)]));
                }
            }

            var scale = EmbedderCalibration.ForEngine(embedder.Engine).Coherence;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{embedder.Engine}: adjacent mean {adjacent.Average():0.000} (min {adjacent.Min():0.000}), unrelated mean {unrelated.Average():0.000} (max {unrelated.Max():0.000}); scaled {scale.Map(adjacent.Average()):0.00} vs {scale.Map(unrelated.Average()):0.00}"));

            // Assert
            adjacent.Average().ShouldBeGreaterThan(unrelated.Average());
            scale.Map(adjacent.Average()).ShouldBeGreaterThan(scale.Map(unrelated.Average()) + 0.3);
        }
    }

    private static async Task<double> CosineAsync(IEmbedder embedder, string first, string second)
    {
        // One text per call, as ContentAnalyzer embeds for batch-dependent engines.
        var a = await embedder.EmbedAsync([first], CancellationToken.None);
        var b = await embedder.EmbedAsync([second], CancellationToken.None);
        return VectorMath.Cosine(a[0], b[0]);
    }
}
