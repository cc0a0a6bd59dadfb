using Bunit;
using InterviewInsight.Modules.Analysis.Dashboard;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace InterviewInsight.Tests.Modules.Analysis.Dashboard;

/// <summary>Issue 14's light dashboard: playback ticks re-render only what follows playback, never the static parts.</summary>
public sealed class PlaybackRenderTests : BunitContext, IAsyncLifetime
{
    private readonly RenderTally tally = new();

    public PlaybackRenderTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddSingleton(tally);

        // Each static part is replaced by a subclass that counts its own renders (bUnit's RenderCount also counts a
        // child's, and the charts and answer cards hold followers).
        ComponentFactories.Add<ScoreCards, Counted.ScoreCards>();
        ComponentFactories.Add<MeasurementCards, Counted.MeasurementCards>();
        ComponentFactories.Add<TimelineChart, Counted.TimelineChart>();
        ComponentFactories.Add<RecommendationList, Counted.RecommendationList>();
        ComponentFactories.Add<SegmentCards, Counted.SegmentCards>();
        ComponentFactories.Add<AnswerCards, Counted.AnswerCards>();
        ComponentFactories.Add<QualityNotices, Counted.QualityNotices>();

        // The retake links read the Live module (their own tests run them on real services); here they are out of scope.
        ComponentFactories.AddStub<RetakeLinks>();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public async Task Given_the_reference_dashboard_When_the_replay_reports_every_200_ms_Then_only_the_cursor_transcript_line_and_playing_marks_render_again()
    {
        // Arrange: the golden analysis of a real 11 s clip, two answers
        var result = GoldenResult.Load();
        var cut = Render<Counted.DashboardView>(p => p.Add(c => c.SessionId, Guid.NewGuid()).Add(c => c.Result, result).Add(c => c.MediaContentType, "video/webm"));
        var player = cut.FindComponent<ReplayPlayer>();
        var before = tally.Snapshot();
        before.Keys.ShouldBe([nameof(Counted.DashboardView), nameof(ScoreCards), nameof(QualityNotices), nameof(MeasurementCards), nameof(TimelineChart),
            nameof(RecommendationList), nameof(SegmentCards), nameof(AnswerCards)], ignoreOrder: true);
        var playerRenders = player.RenderCount;
        var cursor = cut.FindComponent<PlaybackCursor>();
        var transcript = cut.FindComponent<TranscriptView>();
        var (cursorBefore, transcriptBefore) = (cursor.RenderCount, transcript.RenderCount);
        var ticks = Enumerable.Range(1, (int)(result.DurationSeconds / 0.2)).Select(i => i * 0.2).ToList();

        // Act: what replay.js does during playback
        foreach (var t in ticks)
        {
            await cut.InvokeAsync(() => player.Instance.OnReplayTime(t));
        }

        // Assert: nothing static rendered again
        tally.Snapshot().ShouldBe(before, "no static part may render again on a playback tick");
        player.RenderCount.ShouldBe(playerRenders);

        // ...the followers did, and only when what they show changed
        (cursor.RenderCount - cursorBefore).ShouldBeInRange(ticks.Count / 2, ticks.Count);
        var lines = cut.FindAll(".transcript-line").Count;
        (transcript.RenderCount - transcriptBefore).ShouldBeLessThanOrEqualTo(lines, "the transcript renders once per line change, not per tick");
        var last = ticks[^1];
        cut.Find(".timeline-cursor").GetAttribute("data-cursor-fraction")
            .ShouldBe(Math.Round(last / result.DurationSeconds, 3).ToString("0.###", System.Globalization.CultureInfo.InvariantCulture));
        var playing = result.Answers.Single(a => last >= a.Start && last < a.End);
        cut.FindAll("[data-now-playing]").Count.ShouldBe(1);
        cut.Find($"[data-answer-id='{playing.Id}'] [data-now-playing]").TextContent.ShouldBe("Playing now");
        cut.FindAll(".transcript-line.current").Count.ShouldBe(1);
    }

    [Fact]
    public async Task Given_a_follower_When_it_is_disposed_Then_later_ticks_no_longer_reach_it()
    {
        var clock = new PlaybackClock();
        var cut = Render<CascadingValue<PlaybackClock>>(p => p.Add(c => c.Value, clock).Add(c => c.IsFixed, true)
            .AddChildContent<NowPlaying>(n => n.Add(c => c.Start, 1).Add(c => c.End, 2)));
        var mark = cut.FindComponent<NowPlaying>();
        await cut.InvokeAsync(() => clock.MoveTo(1.5));
        cut.FindAll("[data-now-playing]").Count.ShouldBe(1);
        var renders = mark.RenderCount;

        mark.Instance.Dispose();
        await cut.InvokeAsync(() => clock.MoveTo(3));

        mark.RenderCount.ShouldBe(renders);
    }

    /// <summary>Own renders per component type, counted by the subclasses below.</summary>
    private sealed class RenderTally
    {
        private readonly Dictionary<string, int> counts = [];

        public void Count(string name) => counts[name] = counts.GetValueOrDefault(name) + 1;

        public Dictionary<string, int> Snapshot() => new(counts);
    }

    private static class Counted
    {
        public sealed class DashboardView : global::InterviewInsight.Modules.Analysis.Dashboard.DashboardView
        {
            [Inject] private RenderTally Tally { get; set; } = default!;
            protected override void BuildRenderTree(RenderTreeBuilder builder) { Tally.Count(nameof(DashboardView)); base.BuildRenderTree(builder); }
        }

        public sealed class ScoreCards : global::InterviewInsight.Modules.Analysis.Dashboard.ScoreCards
        {
            [Inject] private RenderTally Tally { get; set; } = default!;
            protected override void BuildRenderTree(RenderTreeBuilder builder) { Tally.Count(nameof(ScoreCards)); base.BuildRenderTree(builder); }
        }

        public sealed class MeasurementCards : global::InterviewInsight.Modules.Analysis.Dashboard.MeasurementCards
        {
            [Inject] private RenderTally Tally { get; set; } = default!;
            protected override void BuildRenderTree(RenderTreeBuilder builder) { Tally.Count(nameof(MeasurementCards)); base.BuildRenderTree(builder); }
        }

        public sealed class TimelineChart : global::InterviewInsight.Modules.Analysis.Dashboard.TimelineChart
        {
            [Inject] private RenderTally Tally { get; set; } = default!;
            protected override void BuildRenderTree(RenderTreeBuilder builder) { Tally.Count(nameof(TimelineChart)); base.BuildRenderTree(builder); }
        }

        public sealed class RecommendationList : global::InterviewInsight.Modules.Analysis.Dashboard.RecommendationList
        {
            [Inject] private RenderTally Tally { get; set; } = default!;
            protected override void BuildRenderTree(RenderTreeBuilder builder) { Tally.Count(nameof(RecommendationList)); base.BuildRenderTree(builder); }
        }

        public sealed class SegmentCards : global::InterviewInsight.Modules.Analysis.Dashboard.SegmentCards
        {
            [Inject] private RenderTally Tally { get; set; } = default!;
            protected override void BuildRenderTree(RenderTreeBuilder builder) { Tally.Count(nameof(SegmentCards)); base.BuildRenderTree(builder); }
        }

        public sealed class AnswerCards : global::InterviewInsight.Modules.Analysis.Dashboard.AnswerCards
        {
            [Inject] private RenderTally Tally { get; set; } = default!;
            protected override void BuildRenderTree(RenderTreeBuilder builder) { Tally.Count(nameof(AnswerCards)); base.BuildRenderTree(builder); }
        }

        public sealed class QualityNotices : global::InterviewInsight.Modules.Analysis.Dashboard.QualityNotices
        {
            [Inject] private RenderTally Tally { get; set; } = default!;
            protected override void BuildRenderTree(RenderTreeBuilder builder) { Tally.Count(nameof(QualityNotices)); base.BuildRenderTree(builder); }
        }
    }
}
