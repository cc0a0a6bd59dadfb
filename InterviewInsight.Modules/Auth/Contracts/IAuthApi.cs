namespace InterviewInsight.Modules.Auth.Contracts;

/// <summary>Account administration, used by the admin area and by other modules that need names.</summary>
public interface IAuthApi
{
    Task<IReadOnlyList<UserSummary>> ListUsersAsync(CancellationToken ct = default);

    Task<UserSummary?> FindUserAsync(string userId, CancellationToken ct = default);

    Task<UserSummary?> FindUserByEmailAsync(string email, CancellationToken ct = default);

    /// <summary>Replaces the user's role. Refuses to remove the last admin.</summary>
    Task<AuthResult> SetRoleAsync(string userId, string role, CancellationToken ct = default);

    /// <summary>An admin sets a new password for a user (no e-mail needed); ends the user's other sessions.</summary>
    Task<AuthResult> AdminResetPasswordAsync(string userId, string newPassword, CancellationToken ct = default);

    /// <summary>
    /// Creates an account for someone who accepted an invitation (Coaching's share invitations) with <paramref name="role"/>
    /// (the instance's very first account still becomes Admin). The user id on success.
    /// </summary>
    Task<AuthResult<string>> RegisterInvitedAsync(string email, string password, string role, CancellationToken ct = default);

    /// <summary>The user's practice preferences; the defaults (UTC, no accommodation) for an unknown user.</summary>
    Task<AccountPreferences> GetPreferencesAsync(string userId, CancellationToken ct = default);
}

public sealed record UserSummary(string Id, string Email, string Role, DateTime CreatedAt, bool LockedOut);

/// <summary>An outcome with a value on success.</summary>
public sealed record AuthResult<T>(T? Value, string? Error)
{
    public bool Succeeded => Error is null;
}

public sealed record AuthResult(bool Succeeded, string? Error)
{
    public static AuthResult Ok { get; } = new(true, null);

    public static AuthResult Fail(string error) => new(false, error);
}
