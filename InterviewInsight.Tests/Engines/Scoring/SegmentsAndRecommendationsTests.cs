using InterviewInsight.Modules.Engines.Scoring;
using InterviewInsight.Modules.Engines.Speech.Pauses;
using InterviewInsight.Modules.Engines.Speech.Prosody;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Words;
using static InterviewInsight.Tests.Engines.Scoring.ScoringFixtures;

namespace InterviewInsight.Tests.Engines.Scoring;

public sealed class SegmentsAndRecommendationsTests
{
    /// <summary>A session with one of every notable moment at a known time.</summary>
    private static ScoringInput Session(ScoringOptions? options = null)
    {
        // Words: 60 s at a steady 2 words/s (120 wpm), then 10 s at 4 words/s (240 wpm) from t=60.
        var words = Enumerable.Range(0, 120).Select(i => new TranscriptWord("word", i * 0.5, (i * 0.5) + 0.3, 0.9))
            .Concat(Enumerable.Range(0, 40).Select(i => new TranscriptWord("fast", 60 + (i * 0.25), 60 + (i * 0.25) + 0.2, 0.9)))
            .ToList();
        var fillers = new List<TimedPhrase> { new("um", 20, 20.3), new("like", 22, 22.3), new("um", 24, 24.3), new("uh", 26, 26.3), new("um", 80, 80.3) };
        var eyeContact = Enumerable.Range(0, 190).Select(i => (double?)(i is >= 120 and < 128 ? 0.0 : 0.7)).ToList();
        var whole = SpeechOf(0, 190, fillerItems: fillers, words: words, longPauses: [new Pause(140, 145.5)], monotone: [new MonotoneStretch(150, 162, 0.8)]);
        var first = IdealAnswer("q1", 0);
        var second = IdealAnswer("q2", 100) with { Content = ContentOf("q2", 100, 190, relevance: 0.1, starElements: 1, specificity: 0.1) };
        return Input([first, second], whole, VisionOf(0, 190, eyeContactSeries: eyeContact), options);
    }

    [Fact]
    public void Given_session_with_notable_moments_When_finding_segments_Then_each_kind_is_found_at_its_time_with_a_stable_id()
    {
        // Arrange
        var input = Session();

        // Act
        var segments = SegmentFinder.Find(input);

        // Assert
        segments.Select(s => s.Id).ShouldBe(
            ["segment.best-answer.1", "segment.filler-cluster.1", "segment.fastest-stretch.1", "segment.off-topic.1", "segment.look-away.1", "segment.long-pause.1", "segment.monotone.1"]);
        segments.Single(s => s.Kind == "best-answer").Start.ShouldBe(0);
        segments.Single(s => s.Kind == "off-topic").Measured.ShouldStartWith("Relevance to the question 0.10");
        var cluster = segments.Single(s => s.Kind == "filler-cluster");
        (cluster.Start, cluster.End).ShouldBe((20, 26.3));
        cluster.Measured.ShouldBe("4 filler words within 10 s (um, like, uh)");
        var fast = segments.Single(s => s.Kind == "fastest-stretch");
        fast.Start.ShouldBe(59.65);
        fast.Measured.ShouldBe("240 words per minute over 10 s");
        (segments.Single(s => s.Kind == "look-away").Start, segments.Single(s => s.Kind == "look-away").End).ShouldBe((120, 128));
        segments.Single(s => s.Kind == "long-pause").Measured.ShouldBe("5.5 s of silence mid-answer");
        segments.ShouldAllBe(s => s.Suggestion.Length > 20);
    }

    [Fact]
    public void Given_accommodation_mode_When_finding_segments_Then_look_away_and_monotone_cards_are_left_out()
    {
        // Arrange
        var input = Session(new ScoringOptions { AccommodationMode = true });

        // Act
        var kinds = SegmentFinder.Find(input).Select(s => s.Kind).ToList();

        // Assert
        kinds.ShouldNotContain("look-away");
        kinds.ShouldNotContain("monotone");
        kinds.ShouldContain("long-pause");
    }

    [Fact]
    public void Given_scores_When_ranking_recommendations_Then_top_three_follow_weight_times_distance_with_linked_evidence()
    {
        // Arrange
        var input = Session();
        var scores = ScoreCalculator.Calculate(input);
        var segments = SegmentFinder.Find(input);

        // Act
        var recommendations = RecommendationRanker.Rank(scores, segments);

        // Assert: expected gains recomputed from the score set by the documented formula
        var shares = scores.Overall!.Components.ToDictionary(c => c.Id, c => c.Weight);
        var expected = new[] { scores.Content!, scores.Delivery!, scores.Presence! }
            .SelectMany(s => s.Components.Select(c => (c.Id, Gain: shares[s.Id] * c.Weight * (100 - c.Value))))
            .Where(c => c.Gain > 0)
            .OrderByDescending(c => c.Gain)
            .Take(3)
            .ToList();
        recommendations.Count.ShouldBe(3);
        recommendations.Select(r => r.ComponentId).ShouldBe(expected.Select(e => e.Id));
        recommendations.Select(r => r.ExpectedGain).ShouldBe(expected.Select(e => Math.Round(e.Gain, 2)));
        recommendations[0].Id.ShouldBe("recommendation." + recommendations[0].ComponentId["score.".Length..]);
        var relevance = recommendations.Single(r => r.ComponentId == "score.content.relevance");
        relevance.Evidence.Single().Start.ShouldBe(100);
        relevance.Text.ShouldContain("measured");
    }

    [Fact]
    public void Given_no_overall_score_When_ranking_Then_there_are_no_recommendations()
    {
        // Act
        var recommendations = RecommendationRanker.Rank(new ScoreSet(null, null, null, null), []);

        // Assert
        recommendations.ShouldBeEmpty();
    }
}
