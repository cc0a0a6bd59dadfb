using InterviewInsight.Modules.Auth.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Coaching.Sharing;

/// <summary>Shares over REST: of one session, of all future sessions, and the list of sessions shared with me.</summary>
internal static class ShareEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var session = endpoints.MapGroup("/api/sessions/{sessionId:guid}/shares").RequireAuthorization(Policies.Candidate).WithTags("Sharing");
        session.MapPost("/", (Guid sessionId, ShareRequest? body, HttpContext http, ICurrentUser me, ShareInvitations invitations, CancellationToken ct) =>
                CreateAsync(sessionId, body, http, me, invitations, ct))
            .Produces<CreatedShare>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Shares one of your sessions by e-mail: an account reads it at once; an unknown address gets an invitation (e-mailed when SMTP and App:PublicUrl are set, else returned as invitationUrl).");
        session.MapGet("/", async Task<IResult> (Guid sessionId, ICurrentUser me, ShareBook shares, CancellationToken ct) =>
                await shares.ListAsync(await me.RequireUserIdAsync(), sessionId, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .Produces<ShareView[]>()
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("The session's shares, active and revoked.");
        session.MapDelete("/{shareId:guid}", async Task<IResult> (Guid sessionId, Guid shareId, ICurrentUser me, ShareBook shares, CancellationToken ct) =>
                await shares.RevokeAsync(await me.RequireUserIdAsync(), sessionId, shareId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .Produces(StatusCodes.Status204NoContent)
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Revokes a share at once: the sharee's next request answers 404.");

        var future = endpoints.MapGroup("/api/shares").RequireAuthorization(Policies.Candidate).WithTags("Sharing");
        future.MapPost("/", (ShareRequest? body, HttpContext http, ICurrentUser me, ShareInvitations invitations, CancellationToken ct) =>
                CreateAsync(null, body, http, me, invitations, ct))
            .Produces<CreatedShare>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithSummary("Shares every session you make from now on with an e-mail address (invitation as for one session).");
        future.MapGet("/", async (ICurrentUser me, ShareBook shares, CancellationToken ct) =>
                TypedResults.Ok(await shares.ListAsync(await me.RequireUserIdAsync(), null, ct) ?? []))
            .WithSummary("Your shares of all future sessions, active and revoked.");
        future.MapDelete("/{shareId:guid}", async Task<IResult> (Guid shareId, ICurrentUser me, ShareBook shares, CancellationToken ct) =>
                await shares.RevokeAsync(await me.RequireUserIdAsync(), null, shareId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .Produces(StatusCodes.Status204NoContent)
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Revokes a share of all future sessions at once (sessions shared one by one stay shared).");

        endpoints.MapGet("/api/coach/sessions", async (ICurrentUser me, SharedWithMe shared, CancellationToken ct) =>
                TypedResults.Ok(await shared.ListAsync(await me.RequireUserIdAsync(), ct)))
            .RequireAuthorization(Policies.Candidate)
            .WithTags("Sharing")
            .WithSummary("The sessions shared with you, newest first; an empty list when nothing is shared.");
    }

    private static async Task<IResult> CreateAsync(
        Guid? sessionId, ShareRequest? body, HttpContext http, ICurrentUser me, ShareInvitations invitations, CancellationToken ct)
    {
        var made = await invitations.ShareAsync(await me.RequireUserIdAsync(), sessionId, body?.Email, $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/", ct);
        if (made.NotFound)
        {
            return TypedResults.NotFound();
        }

        return made.Error is { } error
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["email"] = [error] })
            : TypedResults.Created(sessionId is { } id ? $"/api/sessions/{id}/shares" : "/api/shares", made.Share);
    }
}
