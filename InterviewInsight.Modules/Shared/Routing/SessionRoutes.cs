namespace InterviewInsight.Modules.Shared.Routing;

/// <summary>Routes of a session's pages that several modules link to (the results page is Analysis's; Live links there).</summary>
public static class SessionRoutes
{
    public const string Results = "/practice/{SessionId:guid}/results";

    public static string ResultsFor(Guid sessionId) => $"/practice/{sessionId}/results";

    /// <summary>The reflection journal page of a session (Progress's).</summary>
    public const string Reflection = "/practice/{SessionId:guid}/reflection";

    public static string ReflectionFor(Guid sessionId) => $"/practice/{sessionId}/reflection";

    /// <summary>Trends across sessions (Progress's).</summary>
    public const string Progress = "/progress";
}
