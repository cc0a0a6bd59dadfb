using InterviewInsight.Modules.Progress.Trends;

namespace InterviewInsight.Tests.Modules.Progress;

public sealed class PracticeStreakTests
{
    private static readonly DateTime Now = new(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Given_practice_today_and_the_two_days_before_When_counted_Then_three()
    {
        var days = new[] { Now.AddHours(-1), Now.AddDays(-1), Now.AddDays(-2), Now.AddDays(-2).AddHours(-3), Now.AddDays(-5) };

        PracticeStreak.Days(days, Now, TimeZoneInfo.Utc).ShouldBe(3);
    }

    [Fact]
    public void Given_no_practice_yet_today_but_yesterday_When_counted_Then_the_streak_is_still_alive()
    {
        PracticeStreak.Days([Now.AddDays(-1), Now.AddDays(-2)], Now, TimeZoneInfo.Utc).ShouldBe(2);
    }

    [Fact]
    public void Given_a_whole_day_without_practice_When_counted_Then_zero()
    {
        PracticeStreak.Days([Now.AddDays(-2), Now.AddDays(-3)], Now, TimeZoneInfo.Utc).ShouldBe(0);
    }

    [Fact]
    public void Given_a_time_zone_When_counted_Then_days_follow_the_local_calendar()
    {
        // 23:30 UTC on the 6th is the 7th in Tokyo (UTC+9), and 10:00 UTC on the 7th is the 7th there too: one local day.
        var tokyo = TimeZoneInfo.CreateCustomTimeZone("UTC+9", TimeSpan.FromHours(9), "UTC+9", "UTC+9");
        DateTime[] practised = [new(2026, 12, 6, 23, 30, 0, DateTimeKind.Utc), Now];

        PracticeStreak.Days(practised, Now, tokyo).ShouldBe(1);
        PracticeStreak.Days(practised, Now, TimeZoneInfo.Utc).ShouldBe(2);
    }

    [Fact]
    public void Given_practice_near_midnight_When_counted_in_utc_los_angeles_and_auckland_Then_each_zone_counts_its_own_calendar_days()
    {
        // 5 Dec 12:00 UTC is the 5th in Los Angeles (04:00) but the 6th in Auckland (01:00 NZDT); 6 Dec 03:00 UTC is the 5th in
        // Los Angeles (19:00) and the 6th in Auckland; 7 Dec 09:00 UTC is the 7th everywhere. Now is 7 Dec 10:00 UTC (02:00 in
        // Los Angeles, 23:00 in Auckland): UTC has the 5th, 6th and 7th, Auckland the 6th and 7th, Los Angeles the 5th and 7th.
        DateTime[] practised = [new(2026, 12, 5, 12, 0, 0, DateTimeKind.Utc), new(2026, 12, 6, 3, 0, 0, DateTimeKind.Utc), new(2026, 12, 7, 9, 0, 0, DateTimeKind.Utc)];

        PracticeStreak.Days(practised, Now, TimeZoneInfo.Utc).ShouldBe(3);
        PracticeStreak.Days(practised, Now, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).ShouldBe(2);
        PracticeStreak.Days(practised, Now, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")).ShouldBe(1);
    }
}
