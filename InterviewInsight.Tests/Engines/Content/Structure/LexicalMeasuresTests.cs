using InterviewInsight.Modules.Engines.Content.Structure;
using InterviewInsight.Modules.Engines.Text;

namespace InterviewInsight.Tests.Engines.Content.Structure;

public sealed class LexicalMeasuresTests
{
    [Fact]
    public void Given_repetitive_and_varied_text_When_measuring_vocabulary_Then_ratios_follow_the_definitions()
    {
        // Arrange
        var repetitive = Enumerable.Repeat("we did the work", 20).SelectMany(Words.Of).ToList();
        var varied = Words.Of(SampleAnswers.Star);

        // Act
        var low = VocabularyRichness.Measure(repetitive);
        var high = VocabularyRichness.Measure(varied);

        // Assert
        low.Tokens.ShouldBe(80);
        low.Types.ShouldBe(4);
        low.TypeTokenRatio.ShouldBe(0.05);
        low.MovingAverageTypeTokenRatio.ShouldBe(4 / 50.0, 1e-9);
        low.Mtld.ShouldNotBeNull();
        low.Mtld!.Value.ShouldBeLessThan(10);
        high.MovingAverageTypeTokenRatio.ShouldBeGreaterThan(0.7);
        high.Mtld!.Value.ShouldBeGreaterThan(low.Mtld.Value * 5);
    }

    [Fact]
    public void Given_short_text_When_measuring_vocabulary_Then_mtld_is_null_and_mattr_equals_ttr()
    {
        // Act
        var measure = VocabularyRichness.Measure(Words.Of("I fixed the bug and the bug stayed fixed"));

        // Assert
        measure.Mtld.ShouldBeNull();
        measure.MovingAverageTypeTokenRatio.ShouldBe(measure.TypeTokenRatio);
        measure.TypeTokenRatio.ShouldBe(6 / 9.0, 1e-9);
    }

    [Fact]
    public void Given_i_and_we_When_counting_pronouns_Then_we_share_is_we_over_both()
    {
        // Act
        var pronouns = PronounCounter.Count(Words.Of("I think we should ship. I'm sure our team and I can; we've done it, me and us."));
        var none = PronounCounter.Count(Words.Of("The build was slow."));

        // Assert
        pronouns.I.ShouldBe(4);
        pronouns.We.ShouldBe(4);
        pronouns.WeShare.ShouldBe(0.5);
        none.WeShare.ShouldBeNull();
    }

    [Fact]
    public void Given_job_description_When_covering_Then_top_terms_by_frequency_are_matched_by_stem()
    {
        // Arrange
        const string jd = "We need a backend engineer to deploy services on Kubernetes. You will deploy and monitor services, " +
            "write Python, and monitor Kubernetes clusters. Python and Kubernetes experience required.";
        var answer = Words.Of("I deployed our services with Kubernetes and wrote the monitoring in Go.");

        // Act
        var terms = JobDescriptionTerms.TopTerms(jd, 4);
        var coverage = JobDescriptionTerms.Cover(jd, answer, 4);

        // Assert
        terms.ShouldBe(["kubernetes", "deploy", "monitor", "python"]);
        coverage.Covered.ShouldBe(["kubernetes", "deploy", "monitor"]);
        coverage.Coverage.ShouldBe(0.75);
    }
}
