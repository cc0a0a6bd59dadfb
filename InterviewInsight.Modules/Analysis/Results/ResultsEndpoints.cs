using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Shared.Media;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Analysis.Results;

/// <summary>A session's analysis over REST: the run's state, the result JSON and the replay media (with range requests).</summary>
internal static class ResultsEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/sessions/{sessionId:guid}").RequireAuthorization(Policies.Candidate).WithTags("Analysis");

        group.MapGet("/analysis", async Task<IResult> (Guid sessionId, ICurrentUser me, IAnalysisApi analysis, CancellationToken ct) =>
                await analysis.GetLatestRunAsync(await me.RequireUserIdAsync(), sessionId, ct) is { } run
                    ? TypedResults.Ok(run)
                    : TypedResults.NotFound())
            .WithSummary("The latest analysis run of one of your sessions: status, stage, percent, error.");

        group.MapGet("/analysis/result", async Task<IResult> (Guid sessionId, ICurrentUser me, SessionResultsReader reader, CancellationToken ct) =>
                await reader.GetLatestAsync(await me.RequireUserIdAsync(), sessionId, ct) is { Result: { } result }
                    ? TypedResults.Text(AnalysisJson.Serialize(result), "application/json")
                    : TypedResults.NotFound())
            .WithSummary("The result JSON (docs/architecture.md, \"Result JSON\") of the latest succeeded run.");

        group.MapGet("/media", async Task<IResult> (Guid sessionId, ICurrentUser me, SessionResultsReader reader, IMediaStore store, CancellationToken ct) =>
            {
                var results = await reader.GetLatestAsync(await me.RequireUserIdAsync(), sessionId, ct);
                if (results is not { Media: { } key, MediaContentType: { } type } || !store.Exists(key))
                {
                    return TypedResults.NotFound();
                }

                return TypedResults.Stream(store.OpenRead(key), type, enableRangeProcessing: true);
            })
            .WithSummary("The session's recording for replay; supports HTTP range requests so the player can seek.");
    }
}
