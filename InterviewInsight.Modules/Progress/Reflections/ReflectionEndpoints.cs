using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Progress.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Progress.Reflections;

/// <summary>A session's reflection over REST (create or replace, read) and the summary across sessions.</summary>
internal static class ReflectionEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var session = endpoints.MapGroup("/api/sessions/{sessionId:guid}/reflection").RequireAuthorization(Policies.Candidate).WithTags("Progress");

        session.MapPut("/", async Task<IResult> (Guid sessionId, ReflectionText? body, ICurrentUser me, ReflectionJournal reflections, CancellationToken ct) =>
            {
                if (Validate(body) is { } problem)
                {
                    return TypedResults.ValidationProblem(problem);
                }

                return await reflections.SaveAsync(await me.RequireUserIdAsync(), sessionId, Trimmed(body!), ct) is { } saved
                    ? TypedResults.Ok(saved)
                    : TypedResults.NotFound();
            })
            .WithSummary("Creates or replaces your reflection on one of your sessions and returns it with its coaching response.");

        session.MapGet("/", async Task<IResult> (Guid sessionId, ICurrentUser me, ReflectionJournal reflections, CancellationToken ct) =>
                await reflections.GetAsync(await me.RequireUserIdAsync(), sessionId, ct) is { } reflection
                    ? TypedResults.Ok(reflection)
                    : TypedResults.NotFound())
            .WithSummary("Your reflection on one of your sessions; 404 when there is none.");

        endpoints.MapGet("/api/progress/reflections/summary", async (ICurrentUser me, ReflectionJournal reflections, IAnalysisApi analysis, CancellationToken ct) =>
            {
                var ownerId = await me.RequireUserIdAsync();
                return TypedResults.Ok(ReflectionSummaryWriter.Write(
                    await reflections.ListAsync(ownerId, ct), await analysis.ListSucceededAsync(ownerId, ct)));
            })
            .RequireAuthorization(Policies.Candidate)
            .WithTags("Progress")
            .WithSummary("Themes that recur in your reflections and the measures that most often held your sessions back.");
    }

    private static Dictionary<string, string[]>? Validate(ReflectionText? body)
    {
        if (body is null)
        {
            return new() { ["body"] = ["Send { wentWell, toChange, feeling }."] };
        }

        var errors = new Dictionary<string, string[]>();
        Check(errors, "wentWell", body.WentWell);
        Check(errors, "toChange", body.ToChange);
        Check(errors, "feeling", body.Feeling);
        if (errors.Count == 0 && string.IsNullOrWhiteSpace(body.WentWell) && string.IsNullOrWhiteSpace(body.ToChange) && string.IsNullOrWhiteSpace(body.Feeling))
        {
            errors["body"] = ["Write something in at least one of wentWell, toChange and feeling."];
        }

        return errors.Count == 0 ? null : errors;
    }

    private static void Check(Dictionary<string, string[]> errors, string field, string? value)
    {
        if (value?.Length > JournalEntry.MaxTextLength)
        {
            errors[field] = [$"At most {JournalEntry.MaxTextLength} characters."];
        }
    }

    private static ReflectionText Trimmed(ReflectionText body) =>
        new((body.WentWell ?? "").Trim(), (body.ToChange ?? "").Trim(), (body.Feeling ?? "").Trim());
}
