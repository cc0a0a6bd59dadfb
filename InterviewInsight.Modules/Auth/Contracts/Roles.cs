namespace InterviewInsight.Modules.Auth.Contracts;

public static class Roles
{
    public const string Candidate = "Candidate";
    public const string Coach = "Coach";
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Candidate, Coach, Admin];
}

/// <summary>Authorization policy names used on pages and endpoints.</summary>
public static class Policies
{
    /// <summary>Any signed-in user with a role: candidates practise; coaches and admins may practise too.</summary>
    public const string Candidate = "Candidate";

    public const string Coach = "Coach";

    public const string Admin = "Admin";
}
