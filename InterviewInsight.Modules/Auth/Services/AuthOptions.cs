using System.ComponentModel.DataAnnotations;

namespace InterviewInsight.Modules.Auth.Services;

/// <summary>The <c>Auth</c> section: the lock-out policy.</summary>
internal sealed record AuthOptions
{
    public const string Section = "Auth";

    [Range(1, 100, ErrorMessage = "Auth:MaxFailedAttempts must be between 1 and 100.")]
    public int MaxFailedAttempts { get; init; } = 5;

    [Range(1, 1440, ErrorMessage = "Auth:LockoutMinutes must be between 1 and 1440.")]
    public int LockoutMinutes { get; init; } = 15;
}
