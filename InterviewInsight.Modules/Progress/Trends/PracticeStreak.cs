namespace InterviewInsight.Modules.Progress.Trends;

/// <summary>
/// Calendar days practised in a row, in the user's time zone, ending today, or yesterday when today has no practice yet
/// (a streak stays alive until a whole day passes without practice).
/// </summary>
internal static class PracticeStreak
{
    public static int Days(IEnumerable<DateTime> practisedAtUtc, DateTime nowUtc, TimeZoneInfo timeZone)
    {
        var days = practisedAtUtc.Select(t => LocalDay(t, timeZone)).ToHashSet();
        var day = LocalDay(nowUtc, timeZone);
        if (!days.Contains(day))
        {
            day = day.AddDays(-1);
        }

        var streak = 0;
        while (days.Contains(day))
        {
            streak++;
            day = day.AddDays(-1);
        }

        return streak;
    }

    private static DateOnly LocalDay(DateTime utc, TimeZoneInfo timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), timeZone));
}
