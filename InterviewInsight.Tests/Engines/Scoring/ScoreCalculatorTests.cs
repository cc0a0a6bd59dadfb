using System.Text.Json;
using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Scoring;
using InterviewInsight.Modules.Engines.Speech.Pauses;
using static InterviewInsight.Tests.Engines.Scoring.ScoringFixtures;

namespace InterviewInsight.Tests.Engines.Scoring;

public sealed class ScoreCalculatorTests
{
    [Fact]
    public void Given_every_measure_inside_its_band_When_scoring_Then_all_scores_are_100_with_stable_ids()
    {
        // Arrange
        var answers = new[] { IdealAnswer("q1", 0), IdealAnswer("q2", 100) };

        // Act
        var scores = ScoreCalculator.Calculate(Input(answers, SpeechOf(0, 190), VisionOf(0, 190)));

        // Assert
        scores.Overall!.Value.ShouldBe(100);
        scores.Content!.Value.ShouldBe(100);
        scores.Delivery!.Value.ShouldBe(100);
        scores.Presence!.Value.ShouldBe(100);
        scores.Overall.Id.ShouldBe("score.overall");
        scores.Delivery.Components.Select(c => c.Id).ShouldBe(["score.delivery.pace", "score.delivery.fillers", "score.delivery.pauses", "score.delivery.pitch-variation"]);
        scores.Content.Components.Select(c => c.Id).ShouldNotContain("score.content.job-terms");
        scores.Overall.Band.ShouldBe("strong");
        scores.Delivery.Components.Single(c => c.Id == "score.delivery.pace").MeasuredText.ShouldBe("140 wpm");
    }

    [Fact]
    public void Given_slow_pace_When_scoring_delivery_Then_value_is_the_documented_weighted_mean()
    {
        // Arrange: 110 wpm scores 50 on pace (weight 0.30); fillers, pauses and pitch are inside their bands
        var answer = IdealAnswer("q1", 0) with { Speech = SpeechOf(0, 90, wpm: 110) };

        // Act
        var delivery = ScoreCalculator.Calculate(Input([answer], null, null)).Delivery!;

        // Assert
        var pace = delivery.Components.Single(c => c.Id == "score.delivery.pace");
        pace.Value.ShouldBe(50);
        pace.Weight.ShouldBe(0.3);
        pace.Position.ShouldBe("below");
        delivery.Value.ShouldBe(85);
        delivery.Band.ShouldBe("strong");
    }

    [Fact]
    public void Given_audio_only_session_When_scoring_Then_presence_is_null_and_overall_reweights_content_and_delivery()
    {
        // Arrange: content 100; delivery with fillers at 12/min scores 70
        var answer = IdealAnswer("q1", 0) with { Vision = null, Speech = SpeechOf(0, 90, fillersPerMinute: 12) };

        // Act
        var scores = ScoreCalculator.Calculate(Input([answer], null, null));

        // Assert
        scores.Presence.ShouldBeNull();
        scores.Delivery!.Value.ShouldBe(70);
        scores.Overall!.Components.Select(c => (c.Id, c.Weight)).ShouldBe([("score.content", 0.625), ("score.delivery", 0.375)]);
        scores.Overall.Value.ShouldBe(Math.Round((0.625 * 100) + (0.375 * 70), 1));
        scores.Overall.Confidence.ShouldBeLessThan(scores.Content!.Confidence);
    }

    [Fact]
    public void Given_accommodation_mode_When_scoring_Then_eye_contact_facial_and_voice_components_are_dropped()
    {
        // Arrange: eye contact and pitch far outside their bands would pull the scores down if they counted
        var answer = IdealAnswer("q1", 0) with { Speech = SpeechOf(0, 90, pitchSemitones: 0.5), Vision = VisionOf(0, 90, eyeContact: 0.05, lookAway: 30, smile: 0) };
        var options = new ScoringOptions { AccommodationMode = true };

        // Act
        var accommodated = ScoreCalculator.Calculate(Input([answer], null, null, options));
        var standard = ScoreCalculator.Calculate(Input([answer], null, null));

        // Assert
        accommodated.Presence!.Components.Select(c => c.Id).ShouldBe(["score.presence.face-present", "score.presence.head-movement"]);
        accommodated.Presence.Value.ShouldBe(100);
        accommodated.Presence.Confidence.ShouldBe(0.9);
        accommodated.Delivery!.Components.Select(c => c.Id).ShouldNotContain("score.delivery.pitch-variation");
        accommodated.Delivery.Value.ShouldBe(100);
        standard.Presence!.Value.ShouldBeLessThan(60);
        standard.Delivery!.Value.ShouldBe(80);
    }

    [Fact]
    public void Given_quality_flags_When_scoring_Then_confidence_drops_or_the_modality_drops_out()
    {
        // Arrange
        var answer = IdealAnswer("q1", 0);

        // Act
        var quiet = ScoreCalculator.Calculate(Input([answer], null, null, null, new QualityFlag("audio", "too_quiet", "quiet")));
        var silent = ScoreCalculator.Calculate(Input([answer], null, null, null, new QualityFlag("audio", "silent", "no speech")));
        var noFace = ScoreCalculator.Calculate(Input([answer], null, null, null, new QualityFlag("video", "no-face", "no face")));
        var lowVision = ScoreCalculator.Calculate(Input([answer with { Vision = VisionOf(0, 90, confidence: 0.1) }], null, null));
        var lowAccuracyEngine = ScoreCalculator.Calculate(Input([answer], null, null, null, new QualityFlag("audio", "low_accuracy_engine", "pocketsphinx")));

        // Assert
        quiet.Delivery!.Confidence.ShouldBe(0.6);
        quiet.Delivery.Value.ShouldBe(100);
        silent.Delivery.ShouldBeNull();
        noFace.Presence.ShouldBeNull();
        lowVision.Presence.ShouldBeNull();
        lowAccuracyEngine.Content!.Confidence.ShouldBe(0.54, 1e-9);
        lowAccuracyEngine.Delivery!.Confidence.ShouldBe(0.6);
    }

    [Fact]
    public void Given_missing_pitch_When_scoring_delivery_Then_the_component_is_left_out_and_confidence_shows_the_gap()
    {
        // Arrange
        var answer = IdealAnswer("q1", 0) with { Speech = SpeechOf(0, 90, pitchSemitones: null) };

        // Act
        var delivery = ScoreCalculator.Calculate(Input([answer], null, null)).Delivery!;

        // Assert
        delivery.Components.Select(c => c.Id).ShouldNotContain("score.delivery.pitch-variation");
        delivery.Components.Sum(c => c.Weight).ShouldBe(1, 0.002);
        delivery.Confidence.ShouldBe(0.8);
        delivery.Value.ShouldBe(100);
    }

    [Fact]
    public void Given_per_answer_measures_When_scoring_content_Then_band_scores_are_averaged_over_answers()
    {
        // Arrange: relevance 0.8 (100) and 0.35 (50); a job description with 50% and 0% coverage (100 and 0)
        var first = IdealAnswer("q1", 0) with { Content = ContentOf("q1", 0, 90, relevance: 0.8, jobCoverage: 0.5) };
        var second = IdealAnswer("q2", 100) with { Content = ContentOf("q2", 100, 190, relevance: 0.35, jobCoverage: 0) };

        // Act
        var content = ScoreCalculator.Calculate(Input([first, second], null, null)).Content!;

        // Assert
        var relevance = content.Components.Single(c => c.Id == "score.content.relevance");
        relevance.Value.ShouldBe(75);
        relevance.Measured.ShouldBe(0.575);
        relevance.MeasuredText.ShouldBe("58%");
        content.Components.Single(c => c.Id == "score.content.job-terms").Value.ShouldBe(50);
        content.Value.ShouldBe(Math.Round(100 - (0.30 * 25) - (0.05 * 50), 1));
        content.Evidence.ShouldNotBeEmpty();
        content.Evidence.ShouldAllBe(e => e.Quote != null);
    }

    [Fact]
    public void Given_long_mid_answer_pause_When_scoring_Then_pause_component_uses_the_longest_one()
    {
        // Arrange
        var answer = IdealAnswer("q1", 0) with { Speech = SpeechOf(0, 90, longPauses: [new Pause(30, 36.5), new Pause(50, 54)]) };

        // Act
        var delivery = ScoreCalculator.Calculate(Input([answer], null, null)).Delivery!;

        // Assert
        var pauses = delivery.Components.Single(c => c.Id == "score.delivery.pauses");
        pauses.Measured.ShouldBe(6.5);
        pauses.Value.ShouldBe(50);
        delivery.Evidence.ShouldContain(e => e.Start == 30 && e.End == 36.5);
    }

    [Fact]
    public void Given_same_input_When_scoring_twice_Then_json_is_identical_and_camel_case()
    {
        // Arrange
        var input = Input([IdealAnswer("q1", 0), IdealAnswer("q2", 100) with { Speech = SpeechOf(100, 190, wpm: 175) }], SpeechOf(0, 190), VisionOf(0, 190));
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        // Act
        var first = JsonSerializer.Serialize(ScoreCalculator.Calculate(input), json);
        var second = JsonSerializer.Serialize(ScoreCalculator.Calculate(input), json);

        // Assert
        second.ShouldBe(first);
        first.ShouldStartWith("{\"overall\":{\"id\":\"score.overall\"");
        first.ShouldContain("\"components\":[{\"id\":");
        first.ShouldContain("\"evidence\":[");
    }

    [Fact]
    public void Given_no_modality_at_all_When_scoring_Then_every_score_is_null()
    {
        // Act
        var scores = ScoreCalculator.Calculate(Input([], null, null));

        // Assert
        scores.ShouldBe(new ScoreSet(null, null, null, null));
    }
}
