using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Live.Upload;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Routing;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Live.Recording;

/// <summary><c>POST /api/live/{sessionId}/segments/{segment}/chunks/{index}</c>: one MediaRecorder chunk, raw bytes.</summary>
internal static class ChunkEndpoints
{
    public const string ChecksumHeader = "X-Chunk-Sha256";
    public const string RecordedSecondsHeader = "X-Recorded-Seconds";

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/live/{sessionId:guid}/segments/{segment:int}/chunks/{index:int}", ReceiveAsync)
            .RequireAuthorization(Policies.Candidate)
            .RequireRateLimiting(RateLimitPolicies.Chunks)
            .WithTags("Live interview")
            .WithSummary("Append one recording chunk (append-only, in order, idempotent by index and SHA-256).")
            .WithDescription($"Body: the chunk's bytes; Content-Type: the MIME type MediaRecorder chose; headers {ChecksumHeader} (hex SHA-256), "
                + $"{RecordedSecondsHeader} (recorder time at the chunk's end) and the antiforgery token in RequestVerificationToken.")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<IResult> ReceiveAsync(
        Guid sessionId, int segment, int index, HttpContext http, ICurrentUser me, IAntiforgery antiforgery, ChunkReceiver receiver, CancellationToken ct)
    {
        if (!http.Request.Headers.ContainsKey(AntiforgeryHeader.Name) || !await antiforgery.IsRequestValidAsync(http))
        {
            return Problem(400, "The chunk is missing a valid antiforgery token. Reload the page to continue the interview.");
        }

        if (http.Request.ContentLength is not { } length || segment < 0 || index < 0)
        {
            return Problem(400, $"Send each chunk with its length, at most {MediaLimits.FormatBytes(receiver.MaxChunkBytes)}.");
        }

        // Media:MaxChunkBytes is the one limit: the server is told it too, so Kestrel's default (30 MB) never disagrees with it.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = receiver.MaxChunkBytes;
        }

        var seconds = double.TryParse(http.Request.Headers[RecordedSecondsHeader], System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var s) && double.IsFinite(s) && s >= 0 ? s : (double?)null;
        try
        {
            // The receiver checks the sender, the session and its caps before it reads the body, then streams it to the store.
            var result = await receiver.ReceiveAsync(await me.RequireUserIdAsync(), sessionId, segment, index, http.Request.ContentType,
                http.Request.Headers[ChecksumHeader], seconds, length, http.Request.Body, ct);
            return TypedResults.Ok(result);
        }
        catch (ChunkRejectedException ex)
        {
            return Problem(ex.StatusCode, ex.Message);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problem(413, $"The chunk is larger than the limit of {MediaLimits.FormatBytes(receiver.MaxChunkBytes)}.");
        }
    }

    private static IResult Problem(int status, string message) =>
        TypedResults.Problem(title: "The chunk was not stored", detail: message, statusCode: status);
}
