using Bunit;
using InterviewInsight.Modules.Live;
using InterviewInsight.Modules.Progress.Trends;
using MudBlazor.Services;

namespace InterviewInsight.Tests.Modules.Progress;

/// <summary>The progress page's trend charts, personal bests and empty state, rendered from hand-made reports.</summary>
public sealed class ProgressChartsTests : BunitContext, IAsyncLifetime
{
    private static readonly TrendLine Overall = TrendLine.Scores.Single(l => l.Key == "overall");

    public ProgressChartsTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    [Fact]
    public void Given_three_measured_sessions_When_a_trend_chart_renders_Then_three_labelled_points_on_one_unbroken_line()
    {
        // Arrange
        ProgressSession[] sessions = [Session(1, overall: 60), Session(2, overall: 75), Session(3, overall: 70)];

        // Act
        var cut = Render<TrendChart>(p => p.Add(c => c.Line, Overall).Add(c => c.Sessions, sessions));

        // Assert: one point per session, each naming its session, date and value for keyboard and screen-reader users
        var points = cut.FindAll("circle");
        points.Select(c => c.GetAttribute("data-session")).ShouldBe(sessions.Select(s => s.SessionId.ToString()));
        points.ShouldAllBe(c => c.GetAttribute("tabindex") == "0");
        points.Select(c => c.QuerySelector("title")!.TextContent).ShouldBe(["2026-12-01: 60 0-100", "2026-12-02: 75 0-100", "2026-12-03: 70 0-100"]);
        cut.Find("svg").GetAttribute("aria-label").ShouldBe("Overall over 3 sessions, from 60 to 70 0-100");
        Segments(cut).ShouldBe(1);

        // Assert: a higher score sits higher on the chart (smaller y)
        var ys = points.Select(c => double.Parse(c.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        ys[1].ShouldBeLessThan(ys[2]);
        ys[2].ShouldBeLessThan(ys[0]);
    }

    [Fact]
    public void Given_a_session_without_the_measure_When_a_trend_chart_renders_Then_no_point_there_and_the_line_breaks()
    {
        // Arrange: the middle session had no camera, so no eye contact
        var eyeContact = TrendLine.Measures.Single(l => l.Key == "eyeContactRatio");
        ProgressSession[] sessions = [Session(1, eyeContact: 0.4), Session(2, eyeContact: null), Session(3, eyeContact: 0.7)];

        // Act
        var cut = Render<TrendChart>(p => p.Add(c => c.Line, eyeContact).Add(c => c.Sessions, sessions));

        // Assert
        cut.FindAll("circle").Select(c => c.GetAttribute("data-session")).ShouldBe([sessions[0].SessionId.ToString(), sessions[2].SessionId.ToString()]);
        Segments(cut).ShouldBe(2);
        cut.Find("path").GetAttribute("d")!.ShouldNotContain("L");
        cut.Find("svg").GetAttribute("aria-label").ShouldBe("Eye contact over 2 sessions, from 0.4 to 0.7 share of time");
        DateLabels(cut).ShouldBe(["Dec 1", "Dec 2", "Dec 3"]);
    }

    [Fact]
    public void Given_a_session_measured_with_another_engine_When_a_trend_chart_renders_Then_its_point_is_hollow_and_says_why()
    {
        // Arrange
        ProgressSession[] sessions = [Session(1, overall: 55) with { Comparable = false, DiffersFromLatest = ["speech engine"] }, Session(2, overall: 65)];

        // Act
        var cut = Render<TrendChart>(p => p.Add(c => c.Line, Overall).Add(c => c.Sessions, sessions));

        // Assert
        var (other, latest) = (cut.FindAll("circle")[0], cut.FindAll("circle")[1]);
        other.GetAttribute("fill").ShouldBe("white");
        other.QuerySelector("title")!.TextContent.ShouldBe("2026-12-01: 55 0-100 (measured with another speech engine)");
        latest.GetAttribute("fill").ShouldBe(Overall.Color);
        latest.QuerySelector("title")!.TextContent.ShouldNotContain("measured with another");
    }

    [Fact]
    public void Given_a_chart_When_it_renders_Then_the_axes_carry_the_measure_range_the_dates_and_the_unit()
    {
        // Arrange
        var fillers = TrendLine.Measures.Single(l => l.Key == "fillersPerMinute");
        ProgressSession[] sessions = [Session(1, fillers: 4.2), Session(12, fillers: 2.5)];

        // Act
        var cut = Render<TrendChart>(p => p.Add(c => c.Line, fillers).Add(c => c.Sessions, sessions));

        // Assert
        var ticks = cut.FindAll("text[text-anchor=end]").Select(t => t.TextContent).ToList();
        ticks.ShouldBe(["0", "3.75", "7.5", "11", "15"]);
        DateLabels(cut).ShouldBe(["Dec 1", "Dec 12"]);
        var caption = cut.Find("figcaption").TextContent;
        caption.ShouldContain("Fillers per minute");
        caption.ShouldContain("per min · lower is better");
    }

    [Fact]
    public void Given_no_session_has_the_measure_When_a_trend_chart_renders_Then_it_says_so_and_draws_no_point()
    {
        var cut = Render<TrendChart>(p => p.Add(c => c.Line, TrendLine.Measures.Single(l => l.Key == "starCoverage")).Add(c => c.Sessions, new[] { Session(1) }));

        cut.FindAll("circle").ShouldBeEmpty();
        (cut.Find("path").GetAttribute("d") ?? "").ShouldBeEmpty();
        cut.Find("svg").GetAttribute("aria-label").ShouldBe("STAR coverage: not measured in any session");
    }

    [Fact]
    public void Given_three_sessions_When_the_overview_renders_Then_each_best_names_its_value_and_session_lowest_for_fillers_and_pauses()
    {
        // Arrange: the highest overall is session 2; the fewest fillers session 3; the fewest long pauses session 2
        ProgressSession[] sessions =
        [
            Session(1, overall: 60, fillers: 2.0, longPauses: 3, eyeContact: 0.4),
            Session(2, overall: 75, fillers: 6.0, longPauses: 0, eyeContact: null),
            Session(3, overall: 70, fillers: 1.5, longPauses: 1, eyeContact: 0.7),
        ];

        // Act
        var cut = Render<ProgressOverview>(p => p.Add(c => c.Report, new ProgressReport(sessions, PersonalBests.Find(sessions), 2)));

        // Assert
        Best(cut, "overall").ShouldBe(("Personal best · Overall (highest)", "75/100", "2026-12-02", sessions[1].SessionId));
        Best(cut, "fillersPerMinute").ShouldBe(("Personal best · Fillers (lowest)", "1.5 per min", "2026-12-03", sessions[2].SessionId));
        Best(cut, "longPauses").ShouldBe(("Personal best · Long pauses (fewest)", "0", "2026-12-02", sessions[1].SessionId));
        Best(cut, "eyeContactRatio").ShouldBe(("Personal best · Eye contact (highest)", "0.7", "2026-12-03", sessions[2].SessionId));
        cut.Find("#streak-days").TextContent.ShouldBe("2 days");
        cut.Find("#session-count").TextContent.ShouldBe("3");
        cut.FindAll("figure.trend-chart").Count.ShouldBe(TrendLine.Scores.Length + TrendLine.Measures.Length);
        cut.FindAll("#progress-table tbody tr").Select(r => r.GetAttribute("data-session")).ShouldBe(sessions.AsEnumerable().Reverse().Select(s => s.SessionId.ToString()));
        cut.FindAll("#progress-empty").ShouldBeEmpty();
        cut.FindAll("#not-comparable-notice").ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_session_with_other_engines_When_the_overview_renders_Then_a_notice_and_its_table_row_say_what_differs()
    {
        // Arrange
        ProgressSession[] sessions = [Session(1, overall: 50) with { Comparable = false, DiffersFromLatest = ["speech engine", "accommodation mode"] }, Session(2, overall: 60)];

        // Act
        var cut = Render<ProgressOverview>(p => p.Add(c => c.Report, new ProgressReport(sessions, PersonalBests.Find(sessions), 1)));

        // Assert
        cut.Find("#not-comparable-notice").TextContent.ShouldContain("(speech engine, accommodation mode)");
        cut.Find($"#progress-table tr[data-session='{sessions[0].SessionId}']").TextContent.ShouldContain("other speech engine, accommodation mode");
        cut.Find($"#progress-table tr[data-session='{sessions[1].SessionId}']").TextContent.ShouldNotContain("other ");
        cut.Find("#streak-days").TextContent.ShouldBe("1 day");
    }

    [Fact]
    public void Given_no_analysed_session_When_the_overview_renders_Then_the_empty_state_offers_both_ways_to_start_and_no_chart()
    {
        // Act
        var cut = Render<ProgressOverview>(p => p.Add(c => c.Report, new ProgressReport([], PersonalBests.Find([]), 0)));

        // Assert
        cut.Find("#progress-empty h2").TextContent.ShouldBe("No analysed sessions yet");
        cut.FindAll("#progress-empty a").Select(a => a.GetAttribute("href")).ShouldBe(
            [LiveRoutes.NewSession, LiveRoutes.Upload]);
        cut.FindAll("svg.trend-svg").ShouldBeEmpty();
        cut.FindAll("[data-best]").ShouldBeEmpty();
        cut.FindAll("#progress-table").ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_reviewer_scored_a_session_When_the_overall_chart_renders_Then_a_diamond_at_their_score_and_the_line_keeps_the_machines()
    {
        // Arrange: a reviewer gave 80 where the machine said 60; the content override does not concern this chart
        ProgressSession[] sessions =
        [
            Session(1, overall: 60, overridden: [new ReviewerOverride("score.overall", 1, 80), new ReviewerOverride("score.content", 1, 10)]),
            Session(2, overall: 70),
        ];

        // Act
        var cut = Render<TrendChart>(p => p.Add(c => c.Line, Overall).Add(c => c.Sessions, sessions));

        // Assert: one diamond, in session 1's column, higher than the machine's point; the point's title says both
        var diamond = cut.Find("polygon.trend-override");
        cut.FindAll("polygon.trend-override").Count.ShouldBe(1);
        diamond.GetAttribute("data-session").ShouldBe(sessions[0].SessionId.ToString());
        diamond.GetAttribute("data-value").ShouldBe("80");
        var point = cut.Find($"circle[data-session='{sessions[0].SessionId}']");
        var diamondTop = double.Parse(diamond.GetAttribute("points")!.Split(' ')[0].Split(',')[1], System.Globalization.CultureInfo.InvariantCulture);
        (diamondTop + 6).ShouldBeLessThan(double.Parse(point.GetAttribute("cy")!, System.Globalization.CultureInfo.InvariantCulture));
        point.QuerySelector("title")!.TextContent.ShouldBe("2026-12-01: 60 0-100; a reviewer gave 80 (the diamond), the line keeps the machine's score");
        cut.Find("svg").GetAttribute("aria-label").ShouldBe("Overall over 2 sessions, from 60 to 70 0-100");
    }

    [Fact]
    public void Given_a_reviewed_session_When_a_reviewer_sees_the_overview_Then_the_notice_and_count_show_and_nothing_of_the_candidates_own()
    {
        // Arrange
        ProgressSession[] sessions = [Session(1, overall: 60, overridden: [new ReviewerOverride("score.overall", 1, 80), new ReviewerOverride("rec-1", 1, null)]), Session(2, overall: 70)];

        // Act
        var asCandidate = Render<ProgressOverview>(p => p.Add(c => c.Report, new ProgressReport(sessions, PersonalBests.Find(sessions), 1)));
        var asReviewer = Render<ProgressOverview>(p => p.Add(c => c.Report, new ProgressReport(sessions, PersonalBests.Find(sessions), 1)).Add(c => c.ForReviewer, true));

        // Assert: both see the reviewed items counted beside the machine's values; bests stay the machine's
        foreach (var cut in new[] { asCandidate, asReviewer })
        {
            cut.Find("#overridden-notice").TextContent.ShouldContain("keep the machine's values");
            cut.Find($"#progress-table tr[data-session='{sessions[0].SessionId}'] td[data-overridden]").TextContent.ShouldBe("2 items");
            cut.Find($"#progress-table tr[data-session='{sessions[1].SessionId}'] td[data-overridden]").TextContent.ShouldBe("–");
            Best(cut, "overall").Value.ShouldBe("70/100");
        }

        // Assert: reflection links are the candidate's alone
        asCandidate.FindAll("#progress-table a").Count(a => a.TextContent == "Reflect").ShouldBe(2);
        asReviewer.FindAll("#progress-table a").Count(a => a.TextContent == "Reflect").ShouldBe(0);
    }

    [Fact]
    public void Given_no_analysed_shared_session_When_a_reviewer_sees_the_overview_Then_the_empty_state_offers_no_practice()
    {
        var cut = Render<ProgressOverview>(p => p.Add(c => c.Report, new ProgressReport([], PersonalBests.Find([]), 0)).Add(c => c.ForReviewer, true));

        cut.Find("#progress-empty").TextContent.ShouldContain("None of the sessions shared with you");
        cut.FindAll("#progress-empty a").ShouldBeEmpty();
    }

    /// <summary>How many separate pieces the line is drawn in: each "M" lifts the pen.</summary>
    private static int Segments(IRenderedComponent<TrendChart> cut) => cut.Find("path").GetAttribute("d")!.Count(c => c == 'M');

    private static List<string> DateLabels(IRenderedComponent<TrendChart> cut) =>
        [.. cut.FindAll("text[text-anchor=middle]").Select(t => t.TextContent)];

    private static (string Title, string Value, string Date, Guid Session) Best(IRenderedComponent<ProgressOverview> cut, string key)
    {
        var card = cut.Find($"[data-best='{key}']");
        // The card holds the title, the value and a link to the session that reached it, in that order.
        var (title, value, link) = (card.Children[0], card.Children[1], card.Children[2]);
        var session = Guid.Parse(link.GetAttribute("href")!.Split('/')[2]);
        return (title.TextContent.Trim(), value.TextContent.Trim(), link.TextContent.Trim(), session);
    }

    private static ProgressSession Session(
        int day, double? overall = null, double? fillers = null, int? longPauses = null, double? eyeContact = null, params ReviewerOverride[] overridden) => new(
        new Guid($"00000000-0000-0000-0000-{day:D12}"), $"Session {day}", new DateTime(2026, 12, day, 9, 0, 0, DateTimeKind.Utc), true, [],
        new ProgressScores(overall, null, null, null),
        new ProgressMeasures(null, fillers, eyeContact, longPauses, null, null), overridden);
}
