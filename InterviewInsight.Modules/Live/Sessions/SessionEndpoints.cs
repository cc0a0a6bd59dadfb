using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Shared.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Live.Sessions;

internal static class SessionEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/sessions").RequireAuthorization(Policies.Candidate).WithTags("Practice sessions");

        group.MapGet("/", async (ICurrentUser me, ILiveApi live, CancellationToken ct) =>
                TypedResults.Ok(await live.ListSessionsAsync(await me.RequireUserIdAsync(), ct)))
            .WithSummary("The signed-in user's practice sessions, newest first.");

        group.MapGet("/{sessionId:guid}", async Task<IResult> (Guid sessionId, ICurrentUser me, ISessionAccess access, ILiveApi live, CancellationToken ct) =>
                await access.GetAsync(await me.RequireUserIdAsync(), sessionId, ct) is { CanRead: true } reader
                && await live.GetSessionAsync(reader.OwnerId, sessionId, ct) is { } session
                    ? TypedResults.Ok(session)
                    : TypedResults.NotFound())
            .WithSummary("One of your sessions, or one shared with you; 404 for anyone else's.");

        group.MapDelete("/{sessionId:guid}", async Task<IResult> (Guid sessionId, ICurrentUser me, ILiveApi live, CancellationToken ct) =>
                await live.DeleteSessionAsync(await me.RequireUserIdAsync(), sessionId, ct)
                    ? TypedResults.NoContent()
                    : TypedResults.NotFound())
            .WithSummary("Deletes one of the signed-in user's sessions with its recording, results, reflection and report links; 404 for anyone else's.");
    }
}
