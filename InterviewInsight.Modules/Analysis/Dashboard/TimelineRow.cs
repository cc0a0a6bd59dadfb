using System.Globalization;
using System.Text;
using System.Text.Json;

namespace InterviewInsight.Modules.Analysis.Dashboard;

/// <summary>One series drawn into the 1000 × 60 chart box: its value range (band included), its path and band.</summary>
internal sealed record TimelineRow(TimelineSeries Series, double Min, double Max, string Path, (double Top, double Height)? BandY, string ValuesJson)
{
    private const double Bottom = 56;
    private const double Height = 52;

    public static TimelineRow For(TimelineSeries series, IReadOnlyList<double?> values, double stepSeconds, double duration)
    {
        var present = values.Where(v => v is not null).Select(v => v!.Value).ToList();
        var (min, max) = (present.Min(), present.Max());
        if (series.Band is { } band)
        {
            // The band is always in view, so a line entirely above or below it reads as such.
            (min, max) = (Math.Min(min, band.IdealMin), Math.Max(max, band.IdealMax));
        }

        if (max - min < 1e-9)
        {
            (min, max) = (min - 1, max + 1);
        }

        (double, double)? bandY = series.Band is { } b ? (Y(b.IdealMax, min, max), Y(b.IdealMin, min, max) - Y(b.IdealMax, min, max)) : null;
        return new TimelineRow(series, min, max, PathFor(values, stepSeconds, duration, min, max), bandY, JsonSerializer.Serialize(values.Select(Round)));
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 3) : null;

    private static double Y(double value, double min, double max) => Bottom - ((value - min) / (max - min) * Height);

    /// <summary>A polyline that breaks where a value is missing, so a gap never reads as a measured zero.</summary>
    private static string PathFor(IReadOnlyList<double?> values, double stepSeconds, double duration, double min, double max)
    {
        var path = new StringBuilder();
        var pen = false;
        for (var i = 0; i < values.Count; i++)
        {
            if (values[i] is not { } v)
            {
                pen = false;
                continue;
            }

            var x = duration > 0 ? (i + 0.5) * stepSeconds / duration * 1000 : 0;
            path.Append(pen ? " L" : " M").Append(Text(x)).Append(',').Append(Text(Y(v, min, max)));
            pen = true;
        }

        return path.ToString().Trim();
    }

    private static string Text(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
