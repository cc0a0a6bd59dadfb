using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Auth.Preferences;

namespace InterviewInsight.Tests.Modules.Auth;

public sealed class AccountTimeZoneTests
{
    [Theory]
    [InlineData("America/Los_Angeles", "America/Los_Angeles")]
    [InlineData("  Pacific/Auckland ", "Pacific/Auckland")]
    [InlineData("", "")]
    [InlineData(null, "")]
    [InlineData("Pacific Standard Time", "America/Los_Angeles")]
    public void Given_a_known_zone_or_nothing_When_normalised_Then_the_iana_id_to_store(string? value, string stored)
    {
        var (id, error) = AccountTimeZone.Normalise(value);

        error.ShouldBeNull();
        id.ShouldBe(stored);
    }

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData("../../etc/passwd")]
    [InlineData("America")]
    public void Given_an_unknown_zone_When_normalised_Then_a_readable_error_and_nothing_to_store(string value)
    {
        var (id, error) = AccountTimeZone.Normalise(value);

        id.ShouldBeNull();
        error.ShouldNotBeNull();
        error.ShouldContain("is not a time zone this server knows");
    }

    [Fact]
    public void Given_no_zone_or_one_the_server_lost_When_resolved_Then_utc()
    {
        AccountPreferences.Default.TimeZoneOrUtc().ShouldBe(TimeZoneInfo.Utc);
        new AccountPreferences("Gone/Zone", false).TimeZoneOrUtc().ShouldBe(TimeZoneInfo.Utc);
        new AccountPreferences("Pacific/Auckland", false).TimeZoneOrUtc().Id.ShouldBe("Pacific/Auckland");
    }

    [Fact]
    public void Given_the_picker_When_listing_zones_Then_every_common_zone_is_known_to_the_server()
    {
        AccountTimeZone.Common.ShouldAllBe(id => AccountTimeZone.Normalise(id).Error == null);
        AccountTimeZone.All().ShouldContain("Europe/London");
    }
}
