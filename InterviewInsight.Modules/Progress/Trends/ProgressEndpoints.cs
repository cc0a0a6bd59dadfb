using InterviewInsight.Modules.Auth.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Progress.Trends;

/// <summary>Progress over REST: the trend report and the attempts at one question, always the signed-in user's own.</summary>
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
            .WithSummary("Every analysed answer of yours to one bank question, oldest first; 404 when you have none.");
    }
}
