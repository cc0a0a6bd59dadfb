namespace InterviewInsight.Modules.Analysis.Contracts;

public static class AnalysisRoutes
{
    public const string Results = "/practice/{SessionId:guid}/results";

    public static string ResultsFor(Guid sessionId) => $"/practice/{sessionId}/results";
}
