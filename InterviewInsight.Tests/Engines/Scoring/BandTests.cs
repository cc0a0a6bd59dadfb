using InterviewInsight.Modules.Engines.Scoring;

namespace InterviewInsight.Tests.Engines.Scoring;

public sealed class BandTests
{
    private static Band Named(string name)
    {
        var b = ScoringBands.Default;
        return name switch
        {
            "pace" => b.Pace, "fillers" => b.Fillers, "pause" => b.MidAnswerPause, "pitch" => b.PitchVariation,
            "eye" => b.EyeContact, "lookAway" => b.LookAway, "face" => b.FacePresent, "head" => b.HeadMovement,
            "smile" => b.Smile, "relevance" => b.Relevance, "star" => b.Star, "specificity" => b.Specificity,
            "coherence" => b.Coherence, "vocabulary" => b.Vocabulary, "length" => b.AnswerLength, "we" => b.WeShare,
            "jd" => b.JobTerms, _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
    }

    [Theory]
    // pace: ideal 120-165 wpm, 0 at 100 and 190 (docs/architecture.md, "Evidence bands")
    [InlineData("pace", 142, 100)] [InlineData("pace", 120, 100)] [InlineData("pace", 165, 100)] [InlineData("pace", 110, 50)]
    [InlineData("pace", 100, 0)] [InlineData("pace", 80, 0)] [InlineData("pace", 177.5, 50)] [InlineData("pace", 190, 0)]
    // fillers: ≤5/min fine, 12/min scores 0, fewer never penalised
    [InlineData("fillers", 0, 100)] [InlineData("fillers", 5, 100)] [InlineData("fillers", 8.5, 50)] [InlineData("fillers", 12, 0)]
    // longest mid-answer pause: ≤3 s fine, 10 s scores 0
    [InlineData("pause", 2, 100)] [InlineData("pause", 6.5, 50)] [InlineData("pause", 10, 0)]
    // pitch variation: 2-6 st, monotone at 1 st scores 0, 10 st scores 0
    [InlineData("pitch", 4, 100)] [InlineData("pitch", 1.5, 50)] [InlineData("pitch", 1, 0)] [InlineData("pitch", 8, 50)]
    // eye contact: 50-75%, 0 at 20%, more is not penalised
    [InlineData("eye", 0.6, 100)] [InlineData("eye", 0.35, 50)] [InlineData("eye", 0.2, 0)] [InlineData("eye", 1.0, 100)]
    [InlineData("lookAway", 4, 100)] [InlineData("lookAway", 10, 50)] [InlineData("lookAway", 15, 0)]
    [InlineData("face", 0.95, 100)] [InlineData("face", 0.7, 50)] [InlineData("face", 0.5, 0)]
    [InlineData("head", 8, 100)] [InlineData("head", 17.5, 50)] [InlineData("head", 25, 0)]
    [InlineData("smile", 0.3, 100)] [InlineData("smile", 0.025, 50)] [InlineData("smile", 0, 0)] [InlineData("smile", 0.775, 50)]
    [InlineData("relevance", 0.8, 100)] [InlineData("relevance", 0.35, 50)] [InlineData("relevance", 0.1, 0)]
    [InlineData("star", 1, 100)] [InlineData("star", 0.75, 100)] [InlineData("star", 0.375, 50)] [InlineData("star", 0, 0)]
    [InlineData("specificity", 0.7, 100)] [InlineData("specificity", 0.25, 50)] [InlineData("specificity", 0, 0)]
    [InlineData("coherence", 0.5, 100)] [InlineData("coherence", 0.2, 50)]
    [InlineData("vocabulary", 0.7, 100)] [InlineData("vocabulary", 0.525, 50)] [InlineData("vocabulary", 0.4, 0)]
    [InlineData("length", 90, 100)] [InlineData("length", 40, 50)] [InlineData("length", 180, 50)] [InlineData("length", 20, 0)] [InlineData("length", 240, 0)]
    [InlineData("we", 0.5, 100)] [InlineData("we", 0.1, 50)] [InlineData("we", 0.9, 50)] [InlineData("we", 0, 0)]
    [InlineData("jd", 0.5, 100)] [InlineData("jd", 0.2, 50)] [InlineData("jd", 0, 0)]
    public void Given_default_band_When_scoring_a_value_Then_trapezoid_gives_the_documented_score(string band, double measured, double expected)
    {
        // Act
        var score = Named(band).Score(measured);

        // Assert
        score.ShouldBe(expected, 0.001);
    }

    [Fact]
    public void Given_band_When_describing_and_positioning_Then_text_names_ideal_range_and_limits()
    {
        // Arrange
        var pace = ScoringBands.Default.Pace;

        // Act + Assert
        pace.Describe().ShouldBe("ideal 120-165 wpm; scores 0 at 100 or below and at 190 or above");
        ScoringBands.Default.Fillers.Describe().ShouldBe("ideal 0-5 per min; scores 0 at 12 or above");
        ScoringBands.Default.EyeContact.Describe().ShouldBe("ideal 50%-75%; scores 0 at 20% or below");
        pace.Position(110).ShouldBe("below");
        pace.Position(140).ShouldBe("within");
        pace.Position(170).ShouldBe("above");
    }

    [Fact]
    public void Given_default_weights_When_summing_Then_each_score_sums_to_one_and_content_outweighs_presence()
    {
        // Arrange
        var w = ScoringWeights.Default;

        // Act + Assert
        w.ContentComponents.Values.Sum().ShouldBe(1, 1e-9);
        w.DeliveryComponents.Values.Sum().ShouldBe(1, 1e-9);
        w.PresenceComponents.Values.Sum().ShouldBe(1, 1e-9);
        (w.Content + w.Delivery + w.Presence).ShouldBe(1, 1e-9);
        w.Content.ShouldBeGreaterThan(w.Delivery);
        w.Delivery.ShouldBeGreaterThan(w.Presence);
        w.ContentComponents["relevance"].ShouldBe(w.ContentComponents.Values.Max());
    }
}
