namespace InterviewInsight.Modules.Auth.Contracts;

/// <summary>Who is asking, for pages (through the circuit) and endpoints (through the request).</summary>
public interface ICurrentUser
{
    Task<CurrentUserInfo?> GetAsync();

    /// <summary>The signed-in user's id, or an UnauthorizedAccessException: callers behind an [Authorize] gate use this.</summary>
    Task<string> RequireUserIdAsync();
}

public sealed record CurrentUserInfo(string Id, string Email, IReadOnlyList<string> Roles)
{
    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
