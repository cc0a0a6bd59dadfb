namespace InterviewInsight.Modules.Shared.Routing;

/// <summary>Routes of a session's pages that several modules link to (the results page is Analysis's; Live links there).</summary>
public static class SessionRoutes
{
    public const string Results = "/practice/{SessionId:guid}/results";

    public static string ResultsFor(Guid sessionId) => $"/practice/{sessionId}/results";

    /// <summary>The reflection journal page of a session (Progress's).</summary>
    public const string Reflection = "/practice/{SessionId:guid}/reflection";

    public static string ReflectionFor(Guid sessionId) => $"/practice/{sessionId}/reflection";

    /// <summary>The session's PDF report (Reports's endpoint, downloaded by the browser).</summary>
    public static string ReportPdfFor(Guid sessionId) => $"/api/sessions/{sessionId}/report.pdf";

    /// <summary>Where the owner makes, copies and revokes read-only report links (Reports's).</summary>
    public const string Share = "/practice/{SessionId:guid}/share";

    public static string ShareFor(Guid sessionId) => $"/practice/{sessionId}/share";

    /// <summary>Where the owner shares the session with a coach by e-mail (Coaching's).</summary>
    public static string CoachSharingFor(Guid sessionId) => $"/practice/{sessionId}/sharing";

    /// <summary>Trends across sessions (Progress's).</summary>
    public const string Progress = "/progress";

    /// <summary>A candidate's progress over the sessions they share with the viewer (Progress's; Coaching links there).</summary>
    public const string SharedProgress = "/coach/candidates/{CandidateId}/progress";

    public static string SharedProgressFor(string candidateId) => $"/coach/candidates/{Uri.EscapeDataString(candidateId)}/progress";

    /// <summary>Starts a one-question live session that asks an answer's question again (Live's), then opens its interview.</summary>
    public const string Retake = "/practice/{SessionId:guid}/answers/{AnswerId:guid}/retake";

    public static string RetakeFor(Guid sessionId, Guid answerId) => $"/practice/{sessionId}/answers/{answerId}/retake";

    /// <summary>Two attempts at one question side by side (Progress's); <c>a</c> is the earlier attempt, <c>b</c> the later.</summary>
    public const string Compare = "/progress/compare";

    public static string CompareFor(Guid earlier, Guid later) => $"/progress/compare?a={earlier}&b={later}";
}
