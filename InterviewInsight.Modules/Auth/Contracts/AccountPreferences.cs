namespace InterviewInsight.Modules.Auth.Contracts;

/// <summary>
/// Per-account settings other modules read: the time zone calendar days are counted in (an IANA id, empty = UTC) and
/// whether a new session starts in accommodation mode.
/// </summary>
public sealed record AccountPreferences(string TimeZone, bool AccommodationByDefault)
{
    public static AccountPreferences Default { get; } = new("", false);

    /// <summary>The zone to count days in: UTC when unset, or when this server no longer knows the stored id.</summary>
    public TimeZoneInfo TimeZoneOrUtc() =>
        TimeZone.Length > 0 && TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
