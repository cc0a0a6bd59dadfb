using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Engines.Results;
using InterviewInsight.Modules.Shared.Access;
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

        group.MapGet("/analysis", async Task<IResult> (Guid sessionId, ICurrentUser me, ISessionAccess access, IAnalysisApi analysis, CancellationToken ct) =>
                await OwnerForAsync(me, access, sessionId, ct) is { } ownerId && await analysis.GetLatestRunAsync(ownerId, sessionId, ct) is { } run
                    ? TypedResults.Ok(run)
                    : TypedResults.NotFound())
            .WithSummary("The latest analysis run of one of your sessions (or one shared with you): status, stage, percent, error.");

        group.MapGet("/analysis/result", async Task<IResult> (Guid sessionId, ICurrentUser me, ISessionAccess access, SessionResultsReader reader, CancellationToken ct) =>
                await OwnerForAsync(me, access, sessionId, ct) is { } ownerId && await reader.GetLatestAsync(ownerId, sessionId, ct) is { Result: { } result }
                    ? TypedResults.Text(AnalysisJson.Serialize(result), "application/json")
                    : TypedResults.NotFound())
            .WithSummary("The result JSON (docs/architecture.md, \"Result JSON\") of the latest succeeded run.");

        group.MapGet("/media", async Task<IResult> (
                Guid sessionId, ICurrentUser me, ISessionAccess access, SessionResultsReader reader, IMediaStore store, CancellationToken ct) =>
            {
                var ownerId = await OwnerForAsync(me, access, sessionId, ct);
                var results = ownerId is null ? null : await reader.GetLatestAsync(ownerId, sessionId, ct);
                if (results is not { Media: { } key, MediaContentType: { } type } || !store.Exists(key))
                {
                    return TypedResults.NotFound();
                }

                return TypedResults.Stream(store.OpenRead(key), type, enableRangeProcessing: true);
            })
            .WithSummary("The session's recording for replay; supports HTTP range requests so the player can seek.");
    }

    /// <summary>Whose session to read: the caller's own, or its owner's when it is shared with the caller; null otherwise (404).</summary>
    private static async Task<string?> OwnerForAsync(ICurrentUser me, ISessionAccess access, Guid sessionId, CancellationToken ct) =>
        await access.GetAsync(await me.RequireUserIdAsync(), sessionId, ct) is { CanRead: true } reader ? reader.OwnerId : null;
}
