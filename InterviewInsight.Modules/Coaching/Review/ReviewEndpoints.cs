using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Coaching.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Coaching.Review;

/// <summary>Comments and overrides over REST, for the session's owner and its sharees.</summary>
internal static class ReviewEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/sessions/{sessionId:guid}").RequireAuthorization(Policies.Candidate).WithTags("Review");

        group.MapPost("/comments", async Task<IResult> (Guid sessionId, CommentRequest? body, ICurrentUser me, ICoachingApi review, CancellationToken ct) =>
                Created(sessionId, "comments", await review.AddCommentAsync(await me.RequireUserIdAsync(), sessionId, body ?? new(null, null, null, null), ct)))
            .Produces<CreatedId>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Comments on a session you own or that is shared with you, at a moment (atSeconds) and/or on a result item (targetId), optionally replying (replyToId).");
        group.MapGet("/comments", async Task<IResult> (Guid sessionId, ICurrentUser me, ICoachingApi review, CancellationToken ct) =>
                await review.ListCommentsAsync(await me.RequireUserIdAsync(), sessionId, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .Produces<CommentView[]>()
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("The session's comments, oldest first.");

        group.MapPost("/overrides", async Task<IResult> (Guid sessionId, OverrideRequest? body, ICurrentUser me, ICoachingApi review, CancellationToken ct) =>
                Created(sessionId, "overrides", await review.AddOverrideAsync(await me.RequireUserIdAsync(), sessionId, body ?? new(null, null, null, null), ct)))
            .Produces<CreatedId>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("A reviewer's own value (scores, 0-100) or words (recommendations, segment cards) with a reason, pinned to the latest run; shown beside the machine's.");
        group.MapGet("/overrides", async Task<IResult> (Guid sessionId, ICurrentUser me, ICoachingApi review, CancellationToken ct) =>
                await review.ListOverridesAsync(await me.RequireUserIdAsync(), sessionId, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .Produces<OverrideView[]>()
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("The session's overrides with the machine's value each was given against.");

        var notices = endpoints.MapGroup("/api/me/notices").RequireAuthorization(Policies.Candidate).WithTags("Review");
        notices.MapGet("/", async (ICurrentUser me, ICoachingApi review, CancellationToken ct) =>
                TypedResults.Ok(await review.ListNoticesAsync(await me.RequireUserIdAsync(), ct)))
            .WithSummary("Your notices, newest first: comments and overrides on your sessions, replies to your comments, sessions shared with you; `unseen` counts the new ones.");
        notices.MapPost("/seen", async (ICurrentUser me, ICoachingApi review, CancellationToken ct) =>
            {
                await review.MarkNoticesSeenAsync(await me.RequireUserIdAsync(), null, ct);
                return TypedResults.NoContent();
            })
            .WithSummary("Marks every notice up to now as seen.");
    }

    private static IResult Created(Guid sessionId, string collection, ReviewWrite write) => write switch
    {
        { NotFound: true } => TypedResults.NotFound(),
        { Errors: { } errors } => TypedResults.ValidationProblem(new Dictionary<string, string[]>(errors)),
        _ => TypedResults.Created($"/api/sessions/{sessionId}/{collection}", new CreatedId(write.Id!.Value)),
    };
}

/// <summary>The 201 body of a new comment or override.</summary>
public sealed record CreatedId(Guid Id);
