using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Routing;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Live.Upload;

/// <summary><c>POST /api/sessions/uploads</c>: an existing recording becomes a practice session of kind Upload.</summary>
internal static class UploadEndpoints
{
    public const string Route = "/api/sessions/uploads";

    /// <summary>Room for the form's text fields and multipart headers on top of the file limit.</summary>
    private const long FormOverheadBytes = 1024 * 1024;

    public sealed record UploadAccepted(Guid SessionId, string SessionUrl);

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Route, ReceiveAsync)
            .RequireAuthorization(Policies.Candidate)
            .RequireRateLimiting(RateLimitPolicies.Upload)
            .WithTags("Practice sessions")
            .WithSummary("Upload a recording (webm, mp4, mov, mkv, wav, mp3, m4a) with optional questions; it is analysed like a live session.")
            .WithDescription("multipart/form-data: file field 'recording'; optional fields role, domain, seniority, interviewType, jobDescription, "
                + "questions (JSON [{question, start}]), consentVideo, consentExpressions, accommodation, calibrationSeconds. Consent is never "
                + "assumed: consentVideo and consentExpressions count only when 'true' (or 'on', '1'), so a missing field means no video analysis "
                + "or no expressions; voice and transcript are always analysed. accommodation ('true'/'false'; missing = the account's default) "
                + "leaves eye contact, facial expression and voice measures out of the scores. The antiforgery token goes in the "
                + "RequestVerificationToken header.")
            .Produces<UploadAccepted>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> ReceiveAsync(
        HttpContext http, ICurrentUser me, IAntiforgery antiforgery, RecordingUploadReceiver receiver, CancellationToken ct)
    {
        // The token must come in the header: without it the antiforgery check would read (and buffer) the whole form.
        if (!http.Request.Headers.ContainsKey(AntiforgeryHeader.Name))
        {
            return Rejected(400, "The upload is missing its antiforgery token. Reload the page and try again.");
        }

        try
        {
            await antiforgery.ValidateRequestAsync(http);
        }
        catch (AntiforgeryValidationException)
        {
            return Rejected(400, "The page has expired or the upload did not come from this site. Reload the page and try again.");
        }

        var limit = receiver.MaxBytes + FormOverheadBytes;
        if (http.Request.ContentLength > limit)
        {
            return Rejected(413, $"The recording is larger than the limit of {MediaLimits.FormatBytes(receiver.MaxBytes)}. Trim it or compress it, then try again.");
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        try
        {
            var sessionId = await receiver.ReceiveAsync(await me.RequireUserIdAsync(), http.Request.ContentType, http.Request.Body, ct);
            var url = LiveRoutes.SessionFor(sessionId);
            return TypedResults.Created(url, new UploadAccepted(sessionId, url));
        }
        catch (UploadRejectedException ex)
        {
            return Rejected(ex.StatusCode, ex.Message);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Rejected(413, $"The recording is larger than the limit of {MediaLimits.FormatBytes(receiver.MaxBytes)}.");
        }
    }

    private static IResult Rejected(int status, string message) =>
        TypedResults.Problem(title: "The recording was not accepted", detail: message, statusCode: status);
}
