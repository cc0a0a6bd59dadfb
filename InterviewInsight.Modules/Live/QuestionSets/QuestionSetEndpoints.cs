using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Live.QuestionSets;

/// <summary>
/// Question sets over REST: my sets and those assigned to me. Only the owner changes a set; a set I neither own nor was
/// assigned answers 404. Assigning is Coaching's (<c>POST /api/coach/question-sets/{id}/assignments</c>): it knows who shares with whom.
/// </summary>
internal static class QuestionSetEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/question-sets").RequireAuthorization(Policies.Candidate).WithTags("Question sets");

        group.MapGet("/", async (ICurrentUser me, ILiveApi live, CancellationToken ct) =>
                TypedResults.Ok(await live.ListQuestionSetsAsync(await me.RequireUserIdAsync(), ct)))
            .WithSummary("Your question sets, then the sets assigned to you (isMine false, with assignedById and assignedAt).");

        group.MapGet("/{setId:guid}", async Task<IResult> (Guid setId, ICurrentUser me, ILiveApi live, CancellationToken ct) =>
                await live.GetQuestionSetAsync(await me.RequireUserIdAsync(), setId, ct) is { } set ? TypedResults.Ok(set) : TypedResults.NotFound())
            .Produces<QuestionSetDetails>()
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("One set you own or were assigned; 404 for anyone else's.");

        group.MapPost("/", async Task<IResult> (QuestionSetDraft? body, ICurrentUser me, ILiveApi live, CancellationToken ct) =>
                Answer(await live.CreateQuestionSetAsync(await me.RequireUserIdAsync(), body!, ct), created: true))
            .Produces<QuestionSetCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .WithSummary("Creates a set: a name (up to 120 characters) and 1 to 20 questions of 5 to 500 characters, each Behavioural or Technical, optionally naming the bank question it came from.");

        group.MapPut("/{setId:guid}", async Task<IResult> (Guid setId, QuestionSetDraft? body, ICurrentUser me, ILiveApi live, CancellationToken ct) =>
                Answer(await live.UpdateQuestionSetAsync(await me.RequireUserIdAsync(), setId, body!, ct), created: false))
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Replaces the name and questions of one of your sets; 404 for anyone else's, assignees included.");

        group.MapDelete("/{setId:guid}", async Task<IResult> (Guid setId, ICurrentUser me, ILiveApi live, CancellationToken ct) =>
                await live.DeleteQuestionSetAsync(await me.RequireUserIdAsync(), setId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .Produces(StatusCodes.Status204NoContent)
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Deletes one of your sets and its assignments (sessions already planned from it keep their questions).");
    }

    private static IResult Answer(QuestionSetWrite write, bool created) => write switch
    {
        { NotFound: true } => TypedResults.NotFound(),
        { Id: { } id } => created ? TypedResults.Created($"/api/question-sets/{id}", new QuestionSetCreated(id)) : TypedResults.NoContent(),
        _ => TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["questionSet"] = [.. write.Errors] }),
    };

    private sealed record QuestionSetCreated(Guid Id);
}
