namespace InterviewInsight.Modules.Coaching;

/// <summary>The Coaching module's pages.</summary>
public static class CoachingRoutes
{
    /// <summary>The anonymous page an invitation link opens; the token alone decides (404-like message when unknown).</summary>
    public const string Invitation = "/invitations/{Token}";

    public static string InvitationFor(string token) => $"/invitations/{token}";

    /// <summary>The owner's shares of one session.</summary>
    public const string SessionSharing = "/practice/{SessionId:guid}/sharing";

    /// <summary>The owner's shares of all future sessions.</summary>
    public const string Sharing = "/sharing";

    public const string CoachHome = "/coach";

    public const string Cohorts = "/coach/cohorts";

    public static string CohortFor(Guid cohortId) => $"/coach/cohorts/{cohortId}";

    /// <summary>The coach assigns their question sets to the candidates who share with them.</summary>
    public const string QuestionSetAssign = "/coach/question-sets";
}
