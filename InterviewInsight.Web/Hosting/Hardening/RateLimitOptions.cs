using System.ComponentModel.DataAnnotations;

namespace InterviewInsight.Web.Hosting.Hardening;

/// <summary>
/// The <c>RateLimits</c> section: how many requests of each kind one client address (register, log-in) or one signed-in
/// user (uploads, chunks, speech) may make per minute. A rejected request answers 429 with <c>Retry-After</c>.
/// </summary>
public sealed record RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Off: no request is ever limited (a private instance behind its own gateway, or tests that register many accounts).</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Account creations (the register form and accepted invitations) per client address.</summary>
    [Range(1, 100_000, ErrorMessage = "RateLimits:RegisterPerMinute must be between 1 and 100000.")]
    public int RegisterPerMinute { get; init; } = 10;

    /// <summary>Log-in form posts per client address; the per-account lockout (Auth section) still applies on top.</summary>
    [Range(1, 100_000, ErrorMessage = "RateLimits:LogInPerMinute must be between 1 and 100000.")]
    public int LogInPerMinute { get; init; } = 20;

    /// <summary>Recording uploads per user.</summary>
    [Range(1, 100_000, ErrorMessage = "RateLimits:UploadsPerMinute must be between 1 and 100000.")]
    public int UploadsPerMinute { get; init; } = 10;

    /// <summary>Live recording chunks per user: the page sends one every 3 s (20 a minute), so a reconnect can flush a backlog.</summary>
    [Range(1, 100_000, ErrorMessage = "RateLimits:ChunksPerMinute must be between 1 and 100000.")]
    public int ChunksPerMinute { get; init; } = 60;

    /// <summary>
    /// Interviewer speech per user. The page asks once per pending turn and a turn lasts longer than a few seconds, so 10 a
    /// minute leaves room for a retry while bounding what one account can make the speech engine synthesise.
    /// </summary>
    [Range(1, 100_000, ErrorMessage = "RateLimits:SpeechPerMinute must be between 1 and 100000.")]
    public int SpeechPerMinute { get; init; } = 10;
}
