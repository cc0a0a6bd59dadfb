using Microsoft.AspNetCore.Identity;

namespace InterviewInsight.Modules.Auth.Data;

internal sealed class AppUser : IdentityUser
{
    public DateTime CreatedAt { get; set; }

    /// <summary>IANA time zone id for calendar days (the practice streak); null = UTC.</summary>
    public string? TimeZone { get; set; }

    /// <summary>Pre-fills the accommodation switch of a new session (and applies to API uploads that do not say).</summary>
    public bool AccommodationByDefault { get; set; }
}
