namespace InterviewInsight.Modules.Reports;

/// <summary>The Reports module's routes: the owner's PDF and links, and the anonymous read-only report under /r/.</summary>
public static class ReportsRoutes
{
    /// <summary>Everything under this prefix is anonymous and answers 404, never a log-in redirect, for a bad token.</summary>
    public const string SharedPrefix = "/r";

    public const string SharedPage = "/r/{Token}";

    public static string SharedPageFor(string token) => $"{SharedPrefix}/{token}";

    public static string SharedPdfFor(string token) => $"{SharedPrefix}/{token}/report.pdf";

    public static string SharedMediaFor(string token) => $"{SharedPrefix}/{token}/media";
}
