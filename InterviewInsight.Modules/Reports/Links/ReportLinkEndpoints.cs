using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Shared.Configuration;
using InterviewInsight.Modules.Shared.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Reports.Links;

/// <summary>The body of POST report-links; both fields optional.</summary>
public sealed record ReportLinkRequest(bool? IncludeVideo, int? ExpiresInDays);

/// <summary>The owner's read-only report links over REST: create (the only answer holding the URL), list, revoke.</summary>
internal static class ReportLinkEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/sessions/{sessionId:guid}/report-links").RequireAuthorization(Policies.Candidate).WithTags("Reports");

        group.MapPost("/", async Task<IResult> (
                Guid sessionId, ReportLinkRequest? body, HttpContext http, ICurrentUser me, ReportLinks links, IOptions<AppOptions> app, CancellationToken ct) =>
            {
                var days = body?.ExpiresInDays ?? ReportLinks.DefaultDays;
                if (days is < 1 or > ReportLinks.MaxDays)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]>
                    {
                        ["expiresInDays"] = [$"Between 1 and {ReportLinks.MaxDays} days."],
                    });
                }

                if (await links.CreateAsync(await me.RequireUserIdAsync(), sessionId, body?.IncludeVideo ?? false, days, ct) is not { } made)
                {
                    return TypedResults.NotFound();
                }

                var (link, token) = made;

                var created = new CreatedReportLink(link.Id, PublicLinks.Absolute(app.Value, http.Request, ReportsRoutes.SharedPageFor(token)), link.ExpiresAt);
                return TypedResults.Created($"/api/sessions/{sessionId}/report-links", created);
            })
            .Produces<CreatedReportLink>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Creates a read-only link to the session's report (expiresInDays 1-365, default 14; includeVideo default false); the URL is shown only here.");

        group.MapGet("/", async Task<IResult> (Guid sessionId, ICurrentUser me, ReportLinks links, CancellationToken ct) =>
                await links.ListAsync(await me.RequireUserIdAsync(), sessionId, ct) is { } list ? TypedResults.Ok(list) : TypedResults.NotFound())
            .Produces<ReportLinkView[]>()
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("The session's report links with their state; never their tokens.");

        group.MapDelete("/{linkId:guid}", async Task<IResult> (Guid sessionId, Guid linkId, ICurrentUser me, ReportLinks links, CancellationToken ct) =>
                await links.RevokeAsync(await me.RequireUserIdAsync(), sessionId, linkId, ct) ? TypedResults.NoContent() : TypedResults.NotFound())
            .Produces(StatusCodes.Status204NoContent)
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("Revokes a report link at once: its page, PDF and recording answer 404 from then on.");
    }
}
