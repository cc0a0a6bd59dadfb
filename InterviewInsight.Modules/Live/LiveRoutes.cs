namespace InterviewInsight.Modules.Live;

public static class LiveRoutes
{
    public const string NewSession = "/practice/new";
    public const string Upload = "/practice/upload";
    public const string QuestionSets = "/question-sets";
    public const string Session = "/practice/{SessionId:guid}";

    public static string SessionFor(Guid id) => $"/practice/{id}";

    public static string InterviewFor(Guid id) => $"/practice/{id}/interview";
}
