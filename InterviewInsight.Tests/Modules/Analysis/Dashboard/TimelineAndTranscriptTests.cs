using Bunit;
using InterviewInsight.Modules.Analysis.Dashboard;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Engines.Speech;
using InterviewInsight.Modules.Engines.Speech.Pauses;
using InterviewInsight.Modules.Engines.Speech.Prosody;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Words;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace InterviewInsight.Tests.Modules.Analysis.Dashboard;

/// <summary>The timelines and the transcript: what they draw, and how they follow the playback clock.</summary>
public sealed class TimelineAndTranscriptTests : BunitContext, IAsyncLifetime
{
    private readonly PlaybackClock clock = new();

    public TimelineAndTranscriptTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public async Task Given_series_with_a_gap_When_timeline_renders_Then_line_breaks_band_axis_and_slider_are_there_and_the_cursor_follows_the_clock()
    {
        // Arrange: 10 s, eye contact missing in second 2; pitch never measured
        var timeline = new ResultTimeline(1, new Dictionary<string, IReadOnlyList<double?>>
        {
            ["eyeContact"] = [1, 0.5, null, 0.8, 1, 1, 0, 0, 1, 1],
            ["pitchHz"] = [null, null, null, null, null, null, null, null, null, null],
        });

        // Act
        var cut = WithClock<TimelineChart>(p => p.Add(c => c.Timeline, timeline).Add(c => c.Duration, 10));
        await cut.InvokeAsync(() => clock.MoveTo(2.5));

        // Assert
        cut.FindAll(".timeline-row").Select(r => r.GetAttribute("data-series")).ShouldBe(["eyeContact"]);
        var path = cut.Find(".timeline-row path").GetAttribute("d")!;
        path.Split('M', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(2, "a missing second must break the line, never read as zero");
        var chart = cut.Find("svg.timeline");
        chart.GetAttribute("role").ShouldBe("slider");
        chart.GetAttribute("tabindex").ShouldBe("0");
        chart.GetAttribute("data-timeline-duration").ShouldBe("10");
        chart.GetAttribute("data-values").ShouldBe("[1,0.5,null,0.8,1,1,0,0,1,1]");
        cut.FindAll("rect.timeline-band").Count.ShouldBe(1, "eye contact is scored against a band");
        cut.Find(".timeline-label").TextContent.ShouldContain("shaded: 0.5–0.75");
        cut.FindAll(".timeline-axis span").Select(s => s.TextContent).ShouldBe(["0:00", "0:02", "0:04", "0:06", "0:08", "0:10"]);
        cut.Find(".timeline-cursor").GetAttribute("data-cursor-fraction").ShouldBe("0.25");
    }

    [Fact]
    public void Given_no_recording_to_replay_When_timeline_renders_Then_charts_are_pictures_not_sliders_that_do_nothing()
    {
        var timeline = new ResultTimeline(1, new Dictionary<string, IReadOnlyList<double?>> { ["wpm"] = [130, 140] });

        var cut = WithClock<TimelineChart>(p => p.Add(c => c.Timeline, timeline).Add(c => c.Duration, 2).Add(c => c.CanSeek, false));

        var chart = cut.Find("svg.timeline");
        chart.GetAttribute("role").ShouldBe("img");
        chart.HasAttribute("tabindex").ShouldBeFalse();
        chart.HasAttribute("aria-valuenow").ShouldBeFalse();
        chart.GetAttribute("aria-label")!.ShouldNotContain("Arrow keys");
    }

    [Fact]
    public void Given_timelines_When_the_table_is_asked_for_Then_each_row_is_a_bucket_mean_and_gaps_read_as_a_dash()
    {
        // Arrange
        var timeline = new ResultTimeline(1, new Dictionary<string, IReadOnlyList<double?>>
        {
            ["wpm"] = [100, 140, null, null, 160, 120],
        });
        var cut = WithClock<TimelineChart>(p => p.Add(c => c.Timeline, timeline).Add(c => c.Duration, 6));
        cut.FindAll("#timeline-table").ShouldBeEmpty("the table renders only when asked for");

        // Act
        cut.Find("#timeline-table-toggle").Click();

        // Assert: six 1 s steps fit the 60-row limit, so each row is one step
        var rows = cut.FindAll("#timeline-table tbody tr").Select(r => r.TextContent.Trim()).ToList();
        rows.Count.ShouldBe(6);
        cut.Find("#timeline-table-toggle").GetAttribute("aria-expanded").ShouldBe("true");
        cut.FindAll("#timeline-table tbody tr")[2].QuerySelectorAll("td")[0].TextContent.ShouldBe("–");
        cut.FindAll("#timeline-table tbody tr")[1].QuerySelectorAll("td")[0].TextContent.ShouldBe("140");
    }

    [Fact]
    public void Given_a_ten_minute_timeline_When_bucketed_for_the_table_Then_there_are_at_most_60_rows_of_means()
    {
        var values = Enumerable.Range(0, 600).Select(i => (double?)(i % 10 == 0 ? null : i)).ToList();
        var timeline = new ResultTimeline(1, new Dictionary<string, IReadOnlyList<double?>> { ["wpm"] = values });

        var buckets = TimelineBuckets.Of(timeline, ["wpm"], 600, maxRows: 60);

        buckets.Seconds.ShouldBe(10);
        buckets.Rows.Count.ShouldBe(60);
        buckets.Rows[0].Means[0]!.Value.ShouldBe(5, 1e-9, "seconds 1-9; second 0 was not measured");
        TimeAxis.Ticks(600).ShouldBe([0, 120, 240, 360, 480, 600]);
    }

    [Fact]
    public async Task Given_transcript_with_a_filler_and_a_long_pause_When_rendered_Then_lines_are_marked_seek_and_follow_playback()
    {
        // Arrange: the long pause splits the words into two lines
        TranscriptWord[] words = [new("so", 0, 0.3, 0.9), new("um", 0.4, 0.6, 0.9), new("we", 4.5, 4.7, 0.9), new("shipped", 4.8, 5.2, 0.9)];
        var seeks = new List<double>();

        // Act
        var cut = WithClock<TranscriptView>(p => p.Add(c => c.Speech, Speech(words, [new Pause(0.6, 4.5)], [new TimedPhrase("um", 0.4, 0.6)]))
            .Add(c => c.Engine, "pocketsphinx").Add(c => c.LowAccuracy, true).Add(c => c.OnSeek, (double t) => seeks.Add(t)));
        cut.FindAll("button.transcript-time")[1].Click();
        await cut.InvokeAsync(() => clock.MoveTo(4.9));

        // Assert
        cut.FindAll(".transcript-line").Count.ShouldBe(2);
        cut.FindAll("mark.filler").Select(b => b.TextContent).ShouldBe(["um"]);
        cut.FindAll(".transcript-line")[1].QuerySelector(".transcript-pause")!.TextContent.ShouldContain("3.9 s pause");
        cut.Find("#transcript-engine").TextContent.ShouldContain("many mistakes");
        seeks.ShouldBe([4.5]);
        cut.Find(".transcript-line.current").GetAttribute("data-line").ShouldBe("1");
        cut.Find(".transcript-line.current").GetAttribute("aria-current").ShouldBe("true");
    }

    [Fact]
    public void Given_ten_minutes_of_speech_When_the_transcript_renders_Then_it_is_a_scrolling_region_that_renders_only_lines_in_view()
    {
        // Arrange: a word every 0.4 s with a 1.5 s gap every 20 words: about 75 lines
        var words = Enumerable.Range(0, 1500).Select(i =>
        {
            var start = (i * 0.4) + (i / 20 * 1.5);
            return new TranscriptWord($"w{i}", start, start + 0.3, 0.9);
        }).ToArray();
        var lines = TranscriptLines.Of(Speech(words, [], []));

        // Act
        var cut = WithClock<TranscriptView>(p => p.Add(c => c.Speech, Speech(words, [], [])));

        // Assert
        lines.Count.ShouldBeGreaterThan(TranscriptView.VirtualiseAbove);
        lines.ShouldAllBe(l => l.Tokens.Count <= TranscriptLines.MaxWords);
        var region = cut.Find(".transcript-scroll");
        region.GetAttribute("role").ShouldBe("region");
        region.GetAttribute("tabindex").ShouldBe("0");
        cut.FindAll(".transcript-line").Count.ShouldBeLessThan(lines.Count);
        TranscriptLines.At(lines, lines[40].Start + 0.1).ShouldBe(40);
        TranscriptLines.At(lines, -1).ShouldBe(-1);
    }

    private IRenderedComponent<CascadingValue<PlaybackClock>> WithClock<T>(Action<ComponentParameterCollectionBuilder<T>> parameters)
        where T : IComponent =>
        Render<CascadingValue<PlaybackClock>>(p => p.Add(c => c.Value, clock).Add(c => c.IsFixed, true).AddChildContent(parameters));

    private static SpeechResult Speech(TranscriptWord[] words, Pause[] longPauses, TimedPhrase[] fillers)
    {
        var duration = words[^1].End + 1;
        return new SpeechResult(0, duration, string.Join(' ', words.Select(w => w.Text)), words, words.Length, duration, 30, 90,
            new PauseSummary(longPauses.Length, longPauses.Sum(p => p.Duration), longPauses.Select(p => p.Duration).DefaultIfEmpty(0).Max(), 0.6, 0, longPauses),
            new FillerSummary(fillers.Length, 10, 33, fillers), [], [], new PitchSummary(120, 2, 1, []), new EnergySummary(-30, 5, -20));
    }
}
