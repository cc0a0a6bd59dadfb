using Bunit;
using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Analysis.Dashboard;
using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Scoring;
using InterviewInsight.Modules.Engines.Speech;
using InterviewInsight.Modules.Engines.Speech.Pauses;
using InterviewInsight.Modules.Engines.Speech.Prosody;
using InterviewInsight.Modules.Engines.Speech.Words;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace InterviewInsight.Tests.Modules.Analysis.Dashboard;

public sealed class DashboardComponentTests : BunitContext, IAsyncLifetime
{
    public DashboardComponentTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void Given_failed_run_When_status_renders_Then_reason_and_retry_are_shown_and_retry_calls_back()
    {
        var run = new AnalysisProgress(Guid.NewGuid(), Guid.NewGuid(), 2, AnalysisRunStatus.Failed, "Failed", 40, "The recording could not be read.", DateTime.UtcNow, DateTime.UtcNow);
        var retried = 0;

        var cut = Render<RunStatusPanel>(p => p.Add(c => c.Run, run).Add(c => c.OnRetry, () => retried++));
        cut.Find("#retry-analysis").Click();

        cut.Find("#analysis-failed").TextContent.ShouldContain("could not be read");
        cut.Find("#analysis-status").GetAttribute("data-status").ShouldBe("Failed");
        retried.ShouldBe(1);
    }

    [Fact]
    public void Given_running_run_When_status_renders_Then_stage_and_percent_are_shown()
    {
        var run = new AnalysisProgress(Guid.NewGuid(), Guid.NewGuid(), 1, AnalysisRunStatus.Running, "Analysing video", 55, null, DateTime.UtcNow, null);

        var cut = Render<RunStatusPanel>(p => p.Add(c => c.Run, run));

        cut.Find("#analysis-progress").GetAttribute("data-percent").ShouldBe("55");
        cut.Find("#analysis-progress").TextContent.ShouldContain("Analysing video");
    }

    [Fact]
    public void Given_audio_only_scores_When_cards_render_Then_presence_says_why_it_is_missing_and_components_explain_the_rest()
    {
        // Arrange
        var delivery = new Score("score.delivery", 72, 0.8, "good",
            [new ScoreComponent("score.delivery.pace", "Pace", 60, 0.5, 190, "190 wpm", "ideal 120-165 wpm", "above", 0.9)],
            [new ScoreEvidence(12, 18, null)]);
        var scores = new ScoreSet(delivery, null, delivery, null);
        var seeks = new List<double>();

        // Act
        var cut = Render<ScoreCards>(p => p.Add(c => c.Scores, scores)
            .Add(c => c.Quality, [new QualityFlag("video", "no-video", "Audio-only recording: no presence analysis.")])
            .Add(c => c.OnSeek, (double t) => seeks.Add(t)));
        cut.Find("[data-score='score.delivery'] .score-evidence button").Click();

        // Assert
        cut.Find("[data-score='score.presence']").TextContent.ShouldContain("Audio-only recording");
        cut.Find("[data-score='score.delivery'] .score-value").TextContent.ShouldStartWith("72");
        cut.Find("[data-component='score.delivery.pace']").TextContent.ShouldContain("190 wpm");
        cut.Find("[data-component='score.delivery.pace']").TextContent.ShouldContain("ideal 120-165 wpm");
        seeks.ShouldBe([12]);
    }

    [Fact]
    public void Given_a_modality_left_out_for_a_missing_engine_When_the_notices_render_Then_a_warning_names_it_in_a_status_region_above_the_notes()
    {
        // Arrange
        var quality = new[]
        {
            new QualityFlag("audio", "too_quiet", "The audio is quiet."),
            new QualityFlag("video", QualityFlag.EngineUnavailable, "Presence was not analysed: face_landmarks_detector.tflite is not installed on this server."),
        };

        // Act
        var notices = Render<QualityNotices>(p => p.Add(c => c.Quality, quality));
        var cards = Render<ScoreCards>(p => p.Add(c => c.Scores, new ScoreSet(null, null, null, null))
            .Add(c => c.Quality, [new QualityFlag("video", "low-light", "The video is dark."), quality[1]]));

        // Assert
        var region = notices.Find("#engine-notices");
        region.GetAttribute("role").ShouldBe("status");
        var warning = region.QuerySelector("[data-quality='engine-unavailable']").ShouldNotBeNull();
        warning.GetAttribute("data-modality").ShouldBe("video");
        warning.ClassName!.ShouldContain("warning");
        warning.TextContent.ShouldContain("Video:");
        warning.TextContent.ShouldContain("face_landmarks_detector.tflite");
        notices.Find("[data-quality='too_quiet']").TextContent.ShouldContain("quiet");
        cards.Find("[data-score='score.presence']").TextContent.ShouldContain("face_landmarks_detector.tflite");
    }

    [Fact]
    public void Given_a_recording_that_is_not_English_When_the_dashboard_renders_Then_a_warning_says_so_and_no_word_counts_are_shown()
    {
        // Arrange
        var flag = new QualityFlag("content", QualityFlag.NotEnglish,
            "English only for now: this recording does not sound like English, so no transcript-based scores were given.");
        var speech = new SpeechResult(0, 15, "in my ash tea", [], 4, 12, 16, 20,
            new PauseSummary(2, 0.5, 0.7, 0.2, 0, []), new FillerSummary(0, 0, 0, []), [], [],
            new PitchSummary(110, 3, 10, []), new EnergySummary(-25, 6, -10));

        // Act
        var notices = Render<QualityNotices>(p => p.Add(c => c.Quality, [flag]));
        var cards = Render<ScoreCards>(p => p.Add(c => c.Scores, new ScoreSet(null, null, null, null)).Add(c => c.Quality, [flag]));
        var measures = Render<MeasurementCards>(p => p.Add(c => c.Speech, speech).Add(c => c.WordsTrusted, false));

        // Assert
        var warning = notices.Find("[data-quality='not-english']");
        warning.ClassName!.ShouldContain("warning");
        warning.TextContent.ShouldContain("English only for now");
        cards.Find("[data-score='score.content']").TextContent.ShouldContain("does not sound like English");
        measures.Find("[data-measure='words-withheld']").TextContent.ShouldContain("not measured");
        measures.Markup.ShouldNotContain("words per minute");
        measures.Markup.ShouldContain("semitones");
    }

    [Fact]
    public void Given_segments_When_a_card_is_clicked_Then_it_seeks_to_its_start_and_shows_measure_and_suggestion()
    {
        var segments = new[]
        {
            new Segment("segment.filler-cluster.1", 30, 40, "filler-cluster", "6 fillers in 10 s", "Pause silently instead of saying um."),
            new Segment("segment.best-answer.1", 60, 120, "best-answer", "Answer 2 scored 84", "Keep this structure."),
        };
        var seeks = new List<double>();

        var cut = Render<SegmentCards>(p => p.Add(c => c.Segments, segments).Add(c => c.OnSeek, (double t) => seeks.Add(t)));
        cut.Find("[data-segment-id='segment.best-answer.1']").Click();

        seeks.ShouldBe([60]);
        cut.FindAll(".segment-card").Count.ShouldBe(2);
        cut.Find("[data-segment-id='segment.filler-cluster.1']").TextContent.ShouldContain("Pause silently instead of saying um.");
        cut.Find("[data-segment-id='segment.filler-cluster.1'] .segment-kind").TextContent.ShouldBe("Cluster of filler words");
    }

    [Fact]
    public void Given_overrides_of_a_segment_card_and_a_score_part_When_they_render_Then_each_sits_beside_the_machines_words_naming_what_it_is_of()
    {
        // Arrange
        var segment = new Segment("segment.filler-cluster.1", 30, 40, "filler-cluster", "6 fillers in 10 s", "Pause silently instead of saying um.");
        var delivery = new Score("score.delivery", 72, 0.8, "good",
            [new ScoreComponent("score.delivery.pace", "Pace", 60, 0.5, 190, "190 wpm", "ideal 120-165 wpm", "above", 0.9)], []);
        var review = new DashboardReview("owner", false, [],
        [
            new(Guid.NewGuid(), "segment.filler-cluster.1", 1, "6 fillers in 10 s Pause silently instead of saying um.", null, "Here the fillers are fine: you were thinking aloud.", "Thinking aloud is expected.", "coach", "coach@example.org", DateTime.UtcNow),
            new(Guid.NewGuid(), "score.delivery.pace", 1, "60", 85, null, "Fast but clear.", "coach", "coach@example.org", DateTime.UtcNow),
        ]);

        // Act
        var cards = Render<SegmentCards>(p => p.Add(c => c.Segments, new[] { segment }).Add(c => c.Review, review).Add(c => c.RunVersion, 1));
        var scores = Render<ScoreCards>(p => p.Add(c => c.Scores, new ScoreSet(delivery, null, delivery, null)).Add(c => c.Review, review).Add(c => c.RunVersion, 1));

        // Assert: the card keeps its own words and its button holds no note; the note names the reviewer
        cards.Find("[data-segment-id='segment.filler-cluster.1']").TextContent.ShouldContain("Pause silently instead of saying um.");
        cards.FindAll("button .override-note").ShouldBeEmpty();
        cards.Find(".segment-card-wrap .override-note strong").TextContent.ShouldBe("coach@example.org's view:");
        cards.Find(".segment-card-wrap .override-note .override-text").TextContent.ShouldBe("Here the fillers are fine: you were thinking aloud.");

        // Assert: the part's override is on the card, outside the collapsed explanation, naming the part and both values
        var note = scores.Find("[data-score='score.delivery'] > .override-note[data-override-target='score.delivery.pace']");
        note.QuerySelector("strong")!.TextContent.ShouldBe("coach@example.org's view of Pace:");
        note.QuerySelector(".override-value")!.TextContent.ShouldBe("85/100");
        note.QuerySelector(".override-machine")!.TextContent.ShouldBe("(the analysis said 60)");
    }
}
