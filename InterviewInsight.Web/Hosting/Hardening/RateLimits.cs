using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using InterviewInsight.Modules.Shared.Configuration;
using InterviewInsight.Modules.Shared.Routing;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Web.Hosting.Hardening;

/// <summary>
/// The policies named in <see cref="RateLimitPolicies"/>, each a fixed one-minute window sized by <see cref="RateLimitOptions"/>.
/// Modules attach them to their endpoints and pages; the host owns the numbers and the 429 answer.
/// </summary>
internal static class RateLimits
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public static IServiceCollection AddRateLimits(this IServiceCollection services)
    {
        services.AddValidatedOptions<RateLimitOptions>(RateLimitOptions.Section);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, ct) => RejectAsync(context.HttpContext, context.Lease, ct);

            // Register and log-in pages are also fetched with GET to show the form; only the posts that act are counted.
            o.AddPolicy(RateLimitPolicies.Register, http => Partition(http, l => l.RegisterPerMinute, FormPostAddress(http)));
            o.AddPolicy(RateLimitPolicies.LogIn, http => Partition(http, l => l.LogInPerMinute, FormPostAddress(http)));
            o.AddPolicy(RateLimitPolicies.Upload, http => Partition(http, l => l.UploadsPerMinute, SignedInUser(http)));
            o.AddPolicy(RateLimitPolicies.Chunks, http => Partition(http, l => l.ChunksPerMinute, SignedInUser(http)));
            o.AddPolicy(RateLimitPolicies.Speech, http => Partition(http, l => l.SpeechPerMinute, SignedInUser(http)));
        });
        return services;
    }

    private static RateLimitPartition<string> Partition(HttpContext http, Func<RateLimitOptions, int> permits, string? key)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;
        if (!limits.Enabled || key is null)
        {
            return RateLimitPartition.GetNoLimiter(string.Empty);
        }

        var permitLimit = permits(limits);
        return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitLimit,
            Window = Window,
            QueueLimit = 0,
        });
    }

    private static string? FormPostAddress(HttpContext http) =>
        HttpMethods.IsPost(http.Request.Method) ? ClientAddress.PartitionKey(http) : null;

    /// <summary>The signed-in user; these endpoints require one, and authorisation runs before the limiter.</summary>
    private static string SignedInUser(HttpContext http) =>
        http.User.FindFirstValue(ClaimTypes.NameIdentifier) is { Length: > 0 } id ? "user:" + id : "address:" + ClientAddress.PartitionKey(http);

    private static async ValueTask RejectAsync(HttpContext http, RateLimitLease lease, CancellationToken ct)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
            ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
            : (int)Window.TotalSeconds;
        var policy = http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName;
        var detail = $"Too many {Describe(policy)}. Try again in {seconds} seconds.";
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);

        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await TypedResults.Problem(title: "Too many requests", detail: detail, statusCode: StatusCodes.Status429TooManyRequests,
                extensions: new Dictionary<string, object?> { ["limit"] = policy, ["retryAfterSeconds"] = seconds }).ExecuteAsync(http);
            return;
        }

        // A page post (register, log-in): a short text a person can read; having a body keeps the status-code page out.
        http.Response.ContentType = "text/plain; charset=utf-8";
        await http.Response.WriteAsync(detail, ct);
    }

    private static string Describe(string? policy) => policy switch
    {
        RateLimitPolicies.Register => "accounts created from this address",
        RateLimitPolicies.LogIn => "log-in attempts from this address",
        RateLimitPolicies.Upload => "uploads from this account",
        RateLimitPolicies.Chunks => "recording chunks from this account",
        RateLimitPolicies.Speech => "interviewer speech requests from this account",
        _ => "requests",
    };
}
