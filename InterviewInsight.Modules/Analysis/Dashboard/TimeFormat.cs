using System.Globalization;

namespace InterviewInsight.Modules.Analysis.Dashboard;

internal static class TimeFormat
{
    /// <summary>Seconds as m:ss (h:mm:ss past an hour), the way a player shows positions.</summary>
    public static string Clock(double seconds)
    {
        var t = TimeSpan.FromSeconds(Math.Max(0, seconds));
        return t.TotalHours >= 1
            ? t.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : $"{(int)t.TotalMinutes}:{t.Seconds:00}";
    }

    public static string Range(double start, double end) => $"{Clock(start)}–{Clock(end)}";
}
