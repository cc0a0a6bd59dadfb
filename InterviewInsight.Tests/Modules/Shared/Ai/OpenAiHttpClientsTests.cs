using InterviewInsight.Modules.Engines.Content.Embeddings;
using InterviewInsight.Modules.Engines.Hosting;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Live;
using InterviewInsight.Modules.Live.Interview.Speech;
using InterviewInsight.Modules.Shared.Ai;
using InterviewInsight.Tests.Engines.Speech.Transcription;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace InterviewInsight.Tests.Modules.Shared.Ai;

/// <summary>
/// The named HttpClients of the OpenAI-compatible endpoints as the modules register them: their time limits, their
/// retries, and the key header each host expects.
/// </summary>
public sealed class OpenAiHttpClientsTests
{
    [Theory]
    [InlineData(nameof(OpenAiCompatibleSpeechToText))]
    [InlineData(nameof(OpenAiCompatibleEmbedder))]
    [InlineData(nameof(OpenAiCompatibleSpeechSynthesizer))]
    public void Given_module_registrations_When_resolving_a_named_client_Then_the_pipeline_not_httpclient_holds_the_clients_limits(string name)
    {
        // Arrange
        using var provider = ModuleServices();
        var limits = name switch
        {
            nameof(OpenAiCompatibleSpeechToText) => OpenAiCompatibleSpeechToText.Limits,
            nameof(OpenAiCompatibleEmbedder) => OpenAiCompatibleEmbedder.Limits,
            _ => OpenAiCompatibleSpeechSynthesizer.Limits,
        };

        // Act: reading the options runs the library's own validators, which refuse an unusable combination.
        using var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient(name);
        var options = provider.GetRequiredService<IOptionsMonitor<HttpStandardResilienceOptions>>().Get($"{name}-standard");

        // Assert: HttpClient's 100 s default no longer cuts the 120 s transcription short.
        client.Timeout.ShouldBe(Timeout.InfiniteTimeSpan);
        options.TotalRequestTimeout.Timeout.ShouldBe(limits.Total);
        options.AttemptTimeout.Timeout.ShouldBe(limits.Attempt);
        options.Retry.MaxRetryAttempts.ShouldBe(limits.MaxRetries);
        options.CircuitBreaker.SamplingDuration.ShouldBeGreaterThanOrEqualTo(limits.Attempt * 2);
    }

    [Fact]
    public void Given_the_clients_limits_Then_each_client_waits_as_long_as_its_pipeline()
    {
        // Assert: the transcription limit is the one HttpClient's default used to hide.
        OpenAiCompatibleSpeechToText.Limits.Total.ShouldBe(TimeSpan.FromMinutes(2));
        new[] { OpenAiCompatibleSpeechToText.Limits, OpenAiCompatibleEmbedder.Limits, OpenAiCompatibleSpeechSynthesizer.Limits }
            .ShouldAllBe(l => l.Attempt <= l.Total);
    }

    [Fact]
    public async Task Given_transcription_server_failing_once_with_503_When_transcribing_through_the_named_client_Then_the_same_upload_is_retried()
    {
        // Arrange
        const string transcription = """
            {"text":"Hello there","words":[{"word":"Hello","start":0.1,"end":0.4},{"word":"there","start":0.4,"end":0.8}],
             "segments":[{"id":0,"start":0.0,"end":1.0,"text":" Hello there","avg_logprob":-0.2}]}
            """;
        var calls = 0;
        await using var server = await LoopbackHttpServer<ReceivedTranscriptionRequest>.StartAsync((context, _) =>
            Interlocked.Increment(ref calls) == 1
                ? LoopbackResponses.Json(context, """{"error":{"message":"overloaded"}}""", 503)
                : LoopbackResponses.Json(context, transcription));
        using var provider = ModuleServices();
        var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(OpenAiCompatibleSpeechToText));
        var engine = new OpenAiCompatibleSpeechToText(new AiEndpointOptions(server.BaseUrl, "sk-test", "whisper-1"), http);
        var samples = Enumerable.Range(0, 16_000).Select(i => (float)Math.Sin(i * 0.05) * 0.3f).ToArray();

        // Act
        var transcript = await engine.TranscribeAsync(samples, CancellationToken.None);

        // Assert: two uploads, the second byte for byte the first, and the second answer used.
        transcript.Text.ShouldBe("Hello there");
        server.Received.Count.ShouldBe(2);
        server.Received[1].File.Length.ShouldBeGreaterThan(44);
        server.Received[1].File.ShouldBe(server.Received[0].File);
        server.Received[1].Authorization.ShouldBe("Bearer sk-test");
    }

    [Theory]
    [InlineData("https://acme.openai.azure.com/openai/deployments/tts/audio/speech?api-version=2025-03-01-preview", null, "key-1")]
    [InlineData("https://api.openai.com/v1/audio/speech", "Bearer key-1", null)]
    [InlineData("http://127.0.0.1:8000/v1/audio/speech", "Bearer key-1", null)]
    public void Given_endpoint_host_When_authorizing_Then_azure_gets_api_key_and_others_a_bearer_token(string url, string? authorization, string? apiKey)
    {
        // Arrange
        using var request = new HttpRequestMessage(HttpMethod.Post, url);

        // Act
        OpenAiCompatibleEndpoint.Authorize(request, "key-1");

        // Assert
        request.Headers.Authorization?.ToString().ShouldBe(authorization);
        (request.Headers.TryGetValues("api-key", out var values) ? values.Single() : null).ShouldBe(apiKey);
    }

    [Fact]
    public void Given_no_key_When_authorizing_Then_no_credential_header_is_sent()
    {
        // Arrange
        using var request = new HttpRequestMessage(HttpMethod.Post, "https://acme.openai.azure.com/openai/deployments/tts/audio/speech");

        // Act
        OpenAiCompatibleEndpoint.Authorize(request, " ");

        // Assert
        request.Headers.Authorization.ShouldBeNull();
        request.Headers.Contains("api-key").ShouldBeFalse();
    }

    [Fact]
    public void Given_a_pipeline_timeout_or_cancellation_When_classifying_Then_only_the_callers_cancellation_is_not_a_timeout()
    {
        // Arrange
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        // Act / Assert
        OpenAiHttpClients.IsTimeout(new TimeoutRejectedException(), CancellationToken.None).ShouldBeTrue();
        OpenAiHttpClients.IsTimeout(new TaskCanceledException(), CancellationToken.None).ShouldBeTrue();
        OpenAiHttpClients.IsTimeout(new TaskCanceledException(), cancelled.Token).ShouldBeFalse();
        OpenAiHttpClients.IsTimeout(new HttpRequestException("refused"), CancellationToken.None).ShouldBeFalse();
    }

    /// <summary>The registrations of the two modules that own these clients, as the host makes them.</summary>
    private static ServiceProvider ModuleServices()
    {
        var config = new ConfigurationBuilder().Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(config)
            .AddEngines()
            .AddLiveModule(config, runsJobs: false)
            .BuildServiceProvider();
    }
}
