namespace InterviewInsight.Web.Hosting;

/// <summary>
/// --role web | worker | all (default). Web nodes serve pages and endpoints; worker nodes run Hangfire jobs,
/// so heavy analysis can scale apart from the web tier on a shared PostgreSQL.
/// </summary>
internal sealed record ProcessRole(bool ServesWeb, bool RunsJobs)
{
    public static ProcessRole From(IConfiguration config) => (config["role"] ?? config["Hosting:Role"] ?? "all").ToLowerInvariant() switch
    {
        "web" => new ProcessRole(true, false),
        "worker" => new ProcessRole(false, true),
        "all" or "both" => new ProcessRole(true, true),
        var other => throw new InvalidOperationException($"Unknown --role '{other}': use web, worker or all."),
    };
}
