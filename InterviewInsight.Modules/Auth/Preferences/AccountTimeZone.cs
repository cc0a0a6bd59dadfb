using System.Collections.ObjectModel;

namespace InterviewInsight.Modules.Auth.Preferences;

/// <summary>Checks an account's time zone: an IANA id this server knows (<see cref="TimeZoneInfo.FindSystemTimeZoneById"/>), or empty for UTC.</summary>
internal static class AccountTimeZone
{
    public const int MaxLength = 64;

    /// <summary>Offered first in the picker; any other IANA id the server knows is accepted too.</summary>
    public static readonly ReadOnlyCollection<string> Common = new(
    [
        "Europe/London", "Europe/Dublin", "Europe/Lisbon", "Europe/Paris", "Europe/Berlin", "Europe/Madrid", "Europe/Rome", "Europe/Amsterdam",
        "Europe/Stockholm", "Europe/Warsaw", "Europe/Athens", "Europe/Helsinki", "Europe/Istanbul", "Europe/Moscow", "Africa/Lagos",
        "Africa/Cairo", "Africa/Johannesburg", "Africa/Nairobi", "Asia/Dubai", "Asia/Karachi", "Asia/Kolkata", "Asia/Dhaka", "Asia/Bangkok",
        "Asia/Singapore", "Asia/Shanghai", "Asia/Hong_Kong", "Asia/Tokyo", "Asia/Seoul", "Australia/Perth", "Australia/Sydney",
        "Pacific/Auckland", "America/St_Johns", "America/Halifax", "America/New_York", "America/Chicago", "America/Denver",
        "America/Phoenix", "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu", "America/Mexico_City", "America/Bogota",
        "America/Lima", "America/Santiago", "America/Sao_Paulo", "America/Argentina/Buenos_Aires",
    ]);

    /// <summary>Every IANA id the server knows, sorted, for the picker's suggestions.</summary>
    public static IReadOnlyList<string> All() =>
        [.. TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/', StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>The id to store ("" = UTC) or an error a person can act on.</summary>
    public static (string? Id, string? Error) Normalise(string? value)
    {
        var id = value?.Trim() ?? "";
        if (id.Length == 0)
        {
            return ("", null);
        }

        if (id.Length > MaxLength)
        {
            return (null, $"A time zone id is at most {MaxLength} characters, such as Europe/London.");
        }

        try
        {
            // Stored as the IANA id (a Windows id such as "Pacific Standard Time" is accepted and converted).
            var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            return (zone.HasIanaId ? zone.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana) ? iana : zone.Id, null);
        }
        // Ids are looked up as files under the zoneinfo folder: a folder name or an odd path fails in other ways too.
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException or IOException
            or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return (null, $"'{id}' is not a time zone this server knows. Use an IANA id such as Europe/London or America/Los_Angeles, or leave it empty for UTC.");
        }
    }
}
