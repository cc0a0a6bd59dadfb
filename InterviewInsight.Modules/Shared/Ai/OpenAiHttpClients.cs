using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Polly.Timeout;

namespace InterviewInsight.Modules.Shared.Ai;

/// <summary>
/// How long one call to an OpenAI-compatible endpoint may take in all (<paramref name="Total"/>, retries and waits
/// included), how long one try may take (<paramref name="Attempt"/>), and how many retries follow a transient failure.
/// Each client keeps its own as a static field, read by the client and by its registration, so the two never disagree.
/// </summary>
public sealed record OpenAiHttpLimits(TimeSpan Total, TimeSpan Attempt, int MaxRetries = 3);

/// <summary>
/// The named HttpClients of the OpenAI-compatible endpoints (transcription, embeddings, speech), each behind the standard
/// pipeline of Microsoft.Extensions.Http.Resilience: retries on 408, 429 (after Retry-After), 5xx, network errors and
/// tries that time out, a circuit breaker, a limit per try and a total limit equal to the client's own. HttpClient's own
/// 100 s default is off, so the total limit, not HttpClient, decides.
/// </summary>
public static class OpenAiHttpClients
{
    public static IServiceCollection AddOpenAiCompatibleHttpClient(this IServiceCollection services, string name, OpenAiHttpLimits limits)
    {
        services
            .AddHttpClient(name, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddStandardResilienceHandler(options => Apply(options, limits));
        return services;
    }

    /// <summary>
    /// True when <paramref name="exception"/> is a time limit running out (the client's own, which cancels, or the
    /// pipeline's, which rejects) rather than the caller cancelling.
    /// </summary>
    public static bool IsTimeout(Exception exception, CancellationToken callerToken) =>
        !callerToken.IsCancellationRequested && exception is OperationCanceledException or TimeoutRejectedException;

    private static void Apply(HttpStandardResilienceOptions options, OpenAiHttpLimits limits)
    {
        options.TotalRequestTimeout.Timeout = limits.Total;
        options.AttemptTimeout.Timeout = limits.Attempt;
        options.Retry.MaxRetryAttempts = limits.MaxRetries;

        // The library refuses (at the first request) a sampling window shorter than two tries.
        var twoAttempts = limits.Attempt * 2;
        if (options.CircuitBreaker.SamplingDuration < twoAttempts)
        {
            options.CircuitBreaker.SamplingDuration = twoAttempts;
        }
    }
}
