using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Progress.Compare;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Progress.Trends;

/// <summary>
/// Progress over REST: the trend report, the attempts at one question and two attempts compared, always the signed-in
/// user's own; and a candidate's trend report over only the sessions they share with the caller.
/// </summary>
internal static class ProgressEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/progress").RequireAuthorization(Policies.Candidate).WithTags("Progress");

        group.MapGet("/", async (ICurrentUser me, ProgressReader reader, CancellationToken ct) =>
                TypedResults.Ok(await reader.ReadAsync(await me.RequireUserIdAsync(), ct)))
            .WithSummary("Scores and key measures of every analysed session (oldest first), personal bests and the practice streak.");

        group.MapGet("/questions/{questionId}", async Task<IResult> (string questionId, ICurrentUser me, QuestionAttempts attempts, CancellationToken ct) =>
                await attempts.ReadAsync(await me.RequireUserIdAsync(), questionId, ct) is { } report
                    ? TypedResults.Ok(report)
                    : TypedResults.NotFound())
            .WithSummary("Every analysed attempt of yours at one question, oldest first, linked by bank question id and by retakes; "
                + "questionId is a bank question id or the id of any answer in a retake chain; 404 when you have none.");

        group.MapGet("/compare", async Task<IResult> (Guid a, Guid b, ICurrentUser me, AttemptComparer comparer, CancellationToken ct) =>
                await comparer.CompareAsync(await me.RequireUserIdAsync(), a, b, ct) is { } comparison
                    ? TypedResults.Ok(comparison)
                    : TypedResults.NotFound())
            .Produces<AttemptComparison>()
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Two of your analysed answers side by side (a the earlier, b the later) and what changed; 404 unless both are yours and analysed.");

        endpoints.MapGet("/api/coach/candidates/{candidateId}/progress", async Task<IResult> (string candidateId, ICurrentUser me, ProgressReader reader, CancellationToken ct) =>
                await reader.ReadSharedAsync(await me.RequireUserIdAsync(), candidateId, ct) is { } report
                    ? TypedResults.Ok(report)
                    : TypedResults.NotFound())
            .RequireAuthorization(Policies.Candidate)
            .WithTags("Progress")
            .Produces<ProgressReport>()
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("A candidate's progress over only the sessions they share with you now (any signed-in account can be a sharee); "
                + "404 when they share none with you.");
    }
}
