namespace InterviewInsight.Modules.Shared.Routing;

/// <summary>
/// Names of the rate-limit policies the host defines (its <c>RateLimits</c> section) and the modules attach to their
/// endpoints and pages (<c>RequireRateLimiting</c>, <c>[EnableRateLimiting]</c>). Register and log-in count per client
/// address and only their form posts; the rest count per signed-in user.
/// </summary>
public static class RateLimitPolicies
{
    public const string Register = "register";
    public const string LogIn = "log-in";
    public const string Upload = "upload";
    public const string Chunks = "chunks";
    public const string Speech = "speech";
}
