using InterviewInsight.Modules.Auth.Contracts;
using InterviewInsight.Modules.Shared.Routing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Live.Interview.Speech;

/// <summary>
/// <c>GET /api/live/{sessionId}/speech/current</c>: the interviewer's pending line as audio, for browsers without a voice.
/// It speaks only the session's own pending turn, so it can never be used to synthesise arbitrary text.
/// </summary>
internal static class SpeechEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/live/{sessionId:guid}/speech/current", async Task<IResult> (
                Guid sessionId, ICurrentUser me, AskQuestion asking, InterviewerSpeech speech, CancellationToken ct) =>
            {
                if (await asking.PendingAsync(await me.RequireUserIdAsync(), sessionId, ct) is not { } pending)
                {
                    return TypedResults.NotFound();
                }

                var audio = await speech.SpeakAsync(pending.Turn.Text, pending.Rate, ct);
                return audio is null
                    ? TypedResults.Problem(title: "No server voice", detail: "No speech engine is available on this server.", statusCode: StatusCodes.Status503ServiceUnavailable)
                    : TypedResults.File(audio.Audio, audio.ContentType);
            })
            .RequireAuthorization(Policies.Candidate)
            .RequireRateLimiting(RateLimitPolicies.Speech)
            .WithTags("Live interview")
            .WithSummary("The interviewer's next line as audio (an OpenAI-compatible speech endpoint when configured, espeak-ng otherwise).");
}
