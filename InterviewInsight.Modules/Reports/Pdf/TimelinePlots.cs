using InterviewInsight.Modules.Engines.Results;
using ScottPlot;
using SkiaSharp;

namespace InterviewInsight.Modules.Reports.Pdf;

/// <summary>The timelines of the result drawn with ScottPlot straight onto the PDF canvas, so they stay vector.</summary>
internal static class TimelinePlots
{
    /// <summary>The series the dashboard charts, in its order, with a label and unit for the axis.</summary>
    public static readonly IReadOnlyList<(string Name, string Label, string Unit, string Color)> Series =
    [
        ("eyeContact", "Eye contact", "share of the second", "#2e7d32"),
        ("wpm", "Pace", "words per minute", "#1565c0"),
        ("pitchHz", "Pitch", "Hz", "#6a1b9a"),
        ("energyDb", "Vocal energy", "dB", "#ef6c00"),
        ("fillersPerMinute", "Filler words", "per minute", "#c62828"),
        ("sentiment", "Sentiment", "-1 to 1", "#00838f"),
    ];

    /// <summary>The series of <paramref name="timeline"/> that have at least two measured points.</summary>
    public static IEnumerable<(string Label, string Unit, string Color, IReadOnlyList<double?> Values)> Present(ResultTimeline timeline) =>
        Series.Where(s => timeline.Series.TryGetValue(s.Name, out var values) && values.Count(v => v is not null) >= 2)
            .Select(s => (s.Label, s.Unit, s.Color, timeline.Series[s.Name]));

    public static void Draw(SKCanvas canvas, SKRect area, string label, string unit, string color, IReadOnlyList<double?> values, double stepSeconds)
    {
        var plot = new Plot();
        plot.Font.Set(ReportFonts.ChartFamily);
        plot.Title(label, 11);
        plot.XLabel("seconds into the recording", 9);
        plot.YLabel(unit, 9);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 8;
        plot.Axes.Left.TickLabelStyle.FontSize = 8;

        // A gap (null) in the series ends a line rather than drawing a slope across time nobody measured.
        foreach (var run in Runs(values))
        {
            var line = plot.Add.ScatterLine(
                run.Select(p => p.Index * stepSeconds).ToArray(), run.Select(p => p.Value).ToArray(), ScottPlot.Color.FromHex(color));
            line.LineWidth = 1.2f;
        }

        plot.Axes.SetLimitsX(0, Math.Max(stepSeconds, values.Count * stepSeconds));
        canvas.Save();
        canvas.Translate(area.Left, area.Top);
        plot.Render(canvas, (int)area.Width, (int)area.Height);
        canvas.Restore();
    }

    private static IEnumerable<List<(int Index, double Value)>> Runs(IReadOnlyList<double?> values)
    {
        var run = new List<(int, double)>();
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is { } v)
            {
                run.Add((i, v));
            }
            else if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
