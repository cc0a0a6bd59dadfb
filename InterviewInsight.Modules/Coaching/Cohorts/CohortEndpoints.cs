using InterviewInsight.Modules.Auth.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Coaching.Cohorts;

/// <summary>A coach's cohorts over REST (Coach policy: coaches and admins).</summary>
internal static class CohortEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/coach/cohorts").RequireAuthorization(Policies.Coach).WithTags("Cohorts");
        group.MapGet("/", async (ICurrentUser me, CohortBook cohorts, CancellationToken ct) =>
                TypedResults.Ok(await cohorts.ListAsync(await me.RequireUserIdAsync(), ct)))
            .WithSummary("Your cohorts with their member counts.");
        group.MapPost("/", async Task<IResult> (CohortRequest? body, ICurrentUser me, CohortBook cohorts, CancellationToken ct) =>
                Answer(await cohorts.CreateAsync(await me.RequireUserIdAsync(), body?.Name, ct), id => TypedResults.Created($"/api/coach/cohorts/{id}", new { id })))
            .ProducesValidationProblem()
            .WithSummary("Creates a cohort (`{ name }`, 1-80 characters).");
        group.MapGet("/{cohortId:guid}", async Task<IResult> (Guid cohortId, ICurrentUser me, CohortBook cohorts, CancellationToken ct) =>
                await cohorts.OverviewAsync(await me.RequireUserIdAsync(), cohortId, ct) is { } overview ? TypedResults.Ok(overview) : TypedResults.NotFound())
            .Produces<CohortOverview>()
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Each member's latest scores and Overall trend, from the sessions they share with you only.");
        group.MapDelete("/{cohortId:guid}", async Task<IResult> (Guid cohortId, ICurrentUser me, CohortBook cohorts, CancellationToken ct) =>
                await cohorts.DeleteAsync(await me.RequireUserIdAsync(), cohortId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Deletes the cohort (its candidates' sessions and shares stay).");
        group.MapPost("/{cohortId:guid}/members", async Task<IResult> (Guid cohortId, CohortMemberRequest? body, ICurrentUser me, CohortBook cohorts, CancellationToken ct) =>
                Answer(await cohorts.AddMemberAsync(await me.RequireUserIdAsync(), cohortId, body?.CandidateId, ct), _ => TypedResults.NoContent()))
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Adds a candidate who shares sessions with you (`{ candidateId }`).");
        group.MapDelete("/{cohortId:guid}/members/{candidateId}", async Task<IResult> (Guid cohortId, string candidateId, ICurrentUser me, CohortBook cohorts, CancellationToken ct) =>
                await cohorts.RemoveMemberAsync(await me.RequireUserIdAsync(), cohortId, candidateId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .WithSummary("Removes a candidate from the cohort.");
    }

    private static IResult Answer(CohortWrite write, Func<Guid, IResult> done) => write switch
    {
        { NotFound: true } => TypedResults.NotFound(),
        { Field: { } field, Error: { } error } => TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [error] }),
        _ => done(write.Id!.Value),
    };
}
