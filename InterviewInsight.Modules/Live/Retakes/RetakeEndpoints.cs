using InterviewInsight.Modules.Auth.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Live.Retakes;

internal static class RetakeEndpoints
{
    /// <summary>The body of a started retake: the new session and the page that opens its interview.</summary>
    public sealed record RetakeStarted(Guid SessionId, string Url);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/sessions/{sessionId:guid}/answers/{answerId:guid}/retake", async Task<IResult> (
                Guid sessionId, Guid answerId, ICurrentUser me, RetakeQuestion retake, CancellationToken ct) =>
                await retake.StartAsync(await me.RequireUserIdAsync(), sessionId, answerId, ct) is { } id
                    ? TypedResults.Created(LiveRoutes.InterviewFor(id), new RetakeStarted(id, LiveRoutes.InterviewFor(id)))
                    : TypedResults.NotFound())
            .RequireAuthorization(Policies.Candidate)
            .WithTags("Practice sessions")
            .Produces<RetakeStarted>(StatusCodes.Status201Created)
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Starts a one-question live session that asks this answer's question again with the same set-up; 404 for anyone else's answer.");
    }
}
