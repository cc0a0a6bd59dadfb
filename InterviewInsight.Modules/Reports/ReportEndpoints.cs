using InterviewInsight.Modules.Analysis.Contracts;
using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Reports.Links;
using InterviewInsight.Modules.Shared.Access;
using InterviewInsight.Modules.Shared.Media;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Reports;

/// <summary>The PDF report for the session's owner, and the anonymous PDF and recording behind a report link.</summary>
internal static class ReportEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/sessions/{sessionId:guid}/report.pdf", async (
                Guid sessionId, ICurrentUser me, ISessionAccess access, ReportReader reports, CancellationToken ct) =>
                await access.GetAsync(await me.RequireUserIdAsync(), sessionId, ct) is { CanRead: true } reader
                    ? Pdf(await reports.ReadAsync(reader.OwnerId, sessionId, ct, withReflection: reader.IsOwner))
                    : TypedResults.NotFound())
            .RequireAuthorization(Policies.Candidate)
            .WithTags("Reports")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("The report of your session, or one shared with you, as a PDF (cover, scores, timelines, moments, recommendations, answers, transcript, reflection); 409 until its analysis has succeeded.");

        var shared = endpoints.MapGroup(ReportsRoutes.SharedPrefix + "/{token}").AllowAnonymous().WithTags("Reports").AddEndpointFilter(async (context, next) =>
        {
            // The token is in the URL: keep it out of Referer headers, search engines and shared caches.
            var headers = context.HttpContext.Response.Headers;
            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Robots-Tag"] = "noindex, nofollow";
            headers.CacheControl = "private, no-store";
            return await next(context);
        });

        shared.MapGet("/report.pdf", async Task<IResult> (string token, ReportLinks links, ReportReader reports, CancellationToken ct) =>
                await links.ResolveAsync(token, ct) is { } link
                    ? Pdf(await reports.ReadAsync(link.OwnerId, link.SessionId, ct))
                    : TypedResults.NotFound())
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .Produces(StatusCodes.Status404NotFound)
            .WithSummary("The PDF report behind a read-only report link; 404 for an unknown, expired or revoked token.");

        shared.MapGet("/media", async Task<IResult> (string token, ReportLinks links, IAnalysisApi analysis, IMediaStore store, CancellationToken ct) =>
            {
                if (await links.ResolveAsync(token, ct) is not { IncludeVideo: true } link
                    || await analysis.GetLatestMediaAsync(link.OwnerId, link.SessionId, ct) is not { } media
                    || !store.Exists(media.Key))
                {
                    return TypedResults.NotFound();
                }

                return TypedResults.Stream(store.OpenRead(media.Key), media.ContentType, enableRangeProcessing: true);
            })
            .WithSummary("The recording behind a report link made with includeVideo (range requests supported); 404 otherwise.");

        ReportLinkEndpoints.Map(endpoints);
    }

    private static IResult Pdf((ReportState State, Pdf.ReportContent? Content) read) => read switch
    {
        (ReportState.Ready, { } content) => TypedResults.File(ReportReader.RenderPdf(content), "application/pdf", ReportReader.FileName(content)),
        (ReportState.NotAnalysed, _) => TypedResults.Problem(
            title: "Not analysed yet", detail: "The report is ready once the session's analysis has succeeded.", statusCode: StatusCodes.Status409Conflict),
        _ => TypedResults.NotFound(),
    };
}
