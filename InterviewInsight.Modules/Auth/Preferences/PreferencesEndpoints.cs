using InterviewInsight.Modules.Auth.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace InterviewInsight.Modules.Auth.Preferences;

/// <summary><c>/api/me/preferences</c>: the signed-in account's time zone and accommodation default.</summary>
internal static class PreferencesEndpoints
{
    public const string Route = "/api/me/preferences";

    /// <summary>The body of <c>PUT</c>: an IANA time zone id (empty or missing = UTC) and the accommodation default.</summary>
    public sealed record PreferencesRequest(string? TimeZone, bool AccommodationByDefault);

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(Route).RequireAuthorization(Policies.Candidate).WithTags("Account");

        group.MapGet("/", async (ICurrentUser me, IAuthApi auth, CancellationToken ct) =>
                TypedResults.Ok(await auth.GetPreferencesAsync(await me.RequireUserIdAsync(), ct)))
            .WithSummary("Your time zone (IANA id; empty = UTC) and whether new sessions start in accommodation mode.");

        group.MapPut("/", async Task<IResult> (PreferencesRequest body, ICurrentUser me, AccountPreferencesStore store, CancellationToken ct) =>
                await store.SaveAsync(await me.RequireUserIdAsync(), body.TimeZone, body.AccommodationByDefault, ct) switch
                {
                    null => TypedResults.NotFound(),
                    { Error: { } error } => TypedResults.Problem(title: "The preferences were not saved", detail: error, statusCode: StatusCodes.Status400BadRequest),
                    { Preferences: var saved } => TypedResults.Ok(saved),
                })
            .WithSummary("Replaces your time zone and accommodation default; 400 with a readable reason for a time zone this server does not know.")
            .Produces<AccountPreferences>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }
}
