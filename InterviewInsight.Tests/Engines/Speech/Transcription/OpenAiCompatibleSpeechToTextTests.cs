using System.Net;
using System.Text;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Shared.Ai;
using InterviewInsight.Tests.TestInfrastructure;
using Microsoft.AspNetCore.Http;

namespace InterviewInsight.Tests.Engines.Speech.Transcription;

/// <summary>The OpenAI-compatible engine against a real loopback HTTP server speaking the same protocol.</summary>
[Trait("Category", "Integration")]
public sealed class OpenAiCompatibleSpeechToTextTests : IDisposable
{
    // The shape OpenAI returns for response_format=verbose_json with word and segment granularity.
    private const string VerboseJsonWithWords = """
        {"task":"transcribe","language":"english","duration":3.0,"text":"And so, my fellow Americans",
         "words":[{"word":"And","start":0.3,"end":0.52},{"word":"so,","start":0.52,"end":1.1},
                  {"word":"my","start":1.3,"end":1.5},{"word":"fellow","start":1.5,"end":1.9},{"word":"Americans","start":1.9,"end":2.6}],
         "segments":[{"id":0,"seek":0,"start":0.0,"end":2.8,"text":" And so, my fellow Americans","tokens":[50364,400,370],
                      "temperature":0.0,"avg_logprob":-0.25,"compression_ratio":0.9,"no_speech_prob":0.01}]}
        """;

    private readonly HttpClient http = new();
    private readonly float[] speech = Pcm16Wav.ReadMono16k(TestAssets.TestData("audio/B_jfk.wav"))[..(3 * 16_000)];

    public void Dispose() => this.http.Dispose();

    private static Task Json(HttpContext context, string body, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body);
    }

    [Fact]
    public async Task Given_openai_style_server_When_transcribing_Then_request_fields_and_wav_are_sent_and_words_parsed()
    {
        // Arrange
        await using var server = await LoopbackHttpServer<ReceivedTranscriptionRequest>.StartAsync((c, _) => Json(c, VerboseJsonWithWords));
        var engine = new OpenAiCompatibleSpeechToText(new AiEndpointOptions(server.BaseUrl, "sk-test", "whisper-1"), this.http);

        // Act
        var transcript = await engine.TranscribeAsync(speech, CancellationToken.None);

        // Assert: the request
        var request = server.Received.Single();
        request.Method.ShouldBe("POST");
        request.PathAndQuery.ShouldBe("/v1/audio/transcriptions");
        request.Authorization.ShouldBe("Bearer sk-test");
        request.ApiKey.ShouldBeNull();
        request.Fields["model"].ShouldBe(["whisper-1"]);
        request.Fields["response_format"].ShouldBe(["verbose_json"]);
        request.Fields["timestamp_granularities[]"].ShouldContain("word");
        request.FileName.ShouldBe("audio.wav");
        request.FileContentType.ShouldBe("audio/wav");
        Encoding.ASCII.GetString(request.File, 0, 4).ShouldBe("RIFF");
        Encoding.ASCII.GetString(request.File, 8, 4).ShouldBe("WAVE");
        var sent = Pcm16Wav.ReadMono16k(new MemoryStream(request.File), "uploaded file");
        sent.Length.ShouldBe(speech.Length);
        sent.Zip(speech).Max(p => Math.Abs(p.First - p.Second)).ShouldBeLessThan(1e-4f);

        // Assert: the transcript
        transcript.Text.ShouldBe("And so, my fellow Americans");
        transcript.Engine.ShouldBe("openai-compatible (whisper-1)");
        transcript.LowAccuracy.ShouldBeFalse();
        transcript.Words.Select(w => w.Text).ShouldBe(["And", "so,", "my", "fellow", "Americans"]);
        transcript.Words[4].Start.ShouldBe(1.9);
        transcript.Words[4].End.ShouldBe(2.6);
        transcript.Words.ShouldAllBe(w => Math.Abs(w.Confidence - Math.Exp(-0.25)) < 1e-9);
    }

    [Fact]
    public async Task Given_server_with_segments_only_When_transcribing_Then_words_are_spread_over_each_segment()
    {
        // Arrange: a local server that ignores word granularity; "what your country" = 4 + 4 + 7 characters over 2 s.
        const string segmentsOnly = """
            {"text":" Ask not what your country","segments":[
              {"id":0,"start":0.0,"end":1.0,"text":" Ask not","avg_logprob":-0.1},
              {"id":1,"start":2.0,"end":4.0,"text":" what your country","avg_logprob":-0.5}]}
            """;
        await using var server = await LoopbackHttpServer<ReceivedTranscriptionRequest>.StartAsync((c, _) => Json(c, segmentsOnly));
        var engine = new OpenAiCompatibleSpeechToText(new AiEndpointOptions(server.BaseUrl + "/v1/", string.Empty, "local"), this.http);

        // Act
        var transcript = await engine.TranscribeAsync(speech, CancellationToken.None);

        // Assert
        server.Received.Single().PathAndQuery.ShouldBe("/v1/audio/transcriptions");
        server.Received.Single().Authorization.ShouldBeNull();
        transcript.Text.ShouldBe("Ask not what your country");
        transcript.Words.Select(w => (w.Text, w.Start, w.End)).ShouldBe(
            [("Ask", 0.0, 0.5), ("not", 0.5, 1.0), ("what", 2.0, 2.533), ("your", 2.533, 3.067), ("country", 3.067, 4.0)]);
        transcript.Words[0].Confidence.ShouldBe(Math.Exp(-0.1), 1e-9);
        transcript.Words[4].Confidence.ShouldBe(Math.Exp(-0.5), 1e-9);
    }

    [Fact]
    public async Task Given_full_transcriptions_url_with_query_When_transcribing_Then_it_is_used_as_is()
    {
        // Arrange: Azure-style deployment path and api-version on a loopback host.
        await using var server = await LoopbackHttpServer<ReceivedTranscriptionRequest>.StartAsync((c, _) => Json(c, VerboseJsonWithWords));
        var endpoint = server.BaseUrl + "/openai/deployments/whisper/audio/transcriptions?api-version=2024-06-01";
        var engine = new OpenAiCompatibleSpeechToText(new AiEndpointOptions(endpoint, "key", "whisper"), this.http);

        // Act
        await engine.TranscribeAsync(speech, CancellationToken.None);

        // Assert
        server.Received.Single().PathAndQuery.ShouldBe("/openai/deployments/whisper/audio/transcriptions?api-version=2024-06-01");
    }

    [Fact]
    public async Task Given_server_error_When_transcribing_Then_status_and_body_excerpt_are_reported()
    {
        // Arrange
        await using var server = await LoopbackHttpServer<ReceivedTranscriptionRequest>.StartAsync(
            (c, _) => Json(c, """{"error":{"message":"The model is overloaded","type":"server_error"}}""", 500));
        var engine = new OpenAiCompatibleSpeechToText(new AiEndpointOptions(server.BaseUrl, "sk-secret", "whisper-1"), this.http);

        // Act
        var error = await Should.ThrowAsync<HttpRequestException>(() => engine.TranscribeAsync(speech, CancellationToken.None));

        // Assert
        error.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        error.Message.ShouldContain("500");
        error.Message.ShouldContain("The model is overloaded");
        error.Message.ShouldNotContain("sk-secret");
    }

    [Fact]
    public async Task Given_malformed_json_When_transcribing_Then_it_fails_with_invalid_data()
    {
        // Arrange
        await using var server = await LoopbackHttpServer<ReceivedTranscriptionRequest>.StartAsync((c, _) => Json(c, """{"text":"And so", "words":[{"word":"And","""));
        var engine = new OpenAiCompatibleSpeechToText(new AiEndpointOptions(server.BaseUrl, "k", "whisper-1"), this.http);

        // Act
        var error = await Should.ThrowAsync<InvalidDataException>(() => engine.TranscribeAsync(speech, CancellationToken.None));

        // Assert
        error.Message.ShouldContain("malformed JSON");
    }

    [Fact]
    public async Task Given_text_without_timestamps_When_transcribing_Then_it_fails_instead_of_inventing_times()
    {
        // Arrange: what a server that ignores response_format=verbose_json returns.
        await using var server = await LoopbackHttpServer<ReceivedTranscriptionRequest>.StartAsync((c, _) => Json(c, """{"text":"And so my fellow Americans"}"""));
        var engine = new OpenAiCompatibleSpeechToText(new AiEndpointOptions(server.BaseUrl, "k", "whisper-1"), this.http);

        // Act
        var error = await Should.ThrowAsync<InvalidDataException>(() => engine.TranscribeAsync(speech, CancellationToken.None));

        // Assert
        error.Message.ShouldContain("verbose_json");
    }

    [Fact]
    public async Task Given_slow_server_When_timeout_passes_Then_it_fails_with_timeout()
    {
        // Arrange
        await using var server = await LoopbackHttpServer<ReceivedTranscriptionRequest>.StartAsync(async (c, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), c.RequestAborted);
            await Json(c, VerboseJsonWithWords);
        });
        var engine = new OpenAiCompatibleSpeechToText(new AiEndpointOptions(server.BaseUrl, "k", "whisper-1"), this.http, TimeSpan.FromMilliseconds(500));

        // Act
        var error = await Should.ThrowAsync<TimeoutException>(() => engine.TranscribeAsync(speech, CancellationToken.None));

        // Assert: the client's own limit ended it (the server answers only after 10 s), whatever the machine's speed.
        error.Message.ShouldContain("0.5 s");
    }

    [Fact]
    public async Task Given_caller_cancels_When_server_is_slow_Then_cancellation_is_not_reported_as_timeout()
    {
        // Arrange
        await using var server = await LoopbackHttpServer<ReceivedTranscriptionRequest>.StartAsync(async (c, _) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), c.RequestAborted);
            await Json(c, VerboseJsonWithWords);
        });
        var engine = new OpenAiCompatibleSpeechToText(new AiEndpointOptions(server.BaseUrl, "k", "whisper-1"), this.http);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        // Act / Assert
        var error = await Should.ThrowAsync<OperationCanceledException>(() => engine.TranscribeAsync(speech, cancellation.Token));
        error.ShouldNotBeOfType<TimeoutException>();
    }

    [Theory]
    [InlineData("https://api.openai.com", "https://api.openai.com/v1/audio/transcriptions")]
    [InlineData("https://api.openai.com/v1", "https://api.openai.com/v1/audio/transcriptions")]
    [InlineData("http://localhost:8000/v1/", "http://localhost:8000/v1/audio/transcriptions")]
    [InlineData("http://gpu-box:9000/v1/audio/transcriptions", "http://gpu-box:9000/v1/audio/transcriptions")]
    [InlineData(
        "https://acme.openai.azure.com/openai/deployments/whisper/audio/transcriptions?api-version=2024-06-01",
        "https://acme.openai.azure.com/openai/deployments/whisper/audio/transcriptions?api-version=2024-06-01")]
    public void Given_endpoint_When_building_the_url_Then_the_transcriptions_path_appears_once(string endpoint, string expected)
    {
        // Act
        var uri = OpenAiCompatibleEndpoint.Resolve(endpoint, OpenAiCompatibleSpeechToText.TranscriptionsPath);

        // Assert
        uri.ToString().ShouldBe(expected);
    }

    [Fact]
    public void Given_azure_and_openai_hosts_When_choosing_the_key_header_Then_only_azure_uses_api_key()
    {
        // Act / Assert
        OpenAiCompatibleEndpoint.IsAzure(new Uri("https://acme.openai.azure.com/openai/deployments/w/audio/transcriptions")).ShouldBeTrue();
        OpenAiCompatibleEndpoint.IsAzure(new Uri("https://api.openai.com/v1/audio/transcriptions")).ShouldBeFalse();
    }

    [Theory]
    [InlineData("", "whisper-1", "Ai:Transcription:Endpoint")]
    [InlineData("api.openai.com", "whisper-1", "not an absolute http(s) URL")]
    [InlineData("https://api.openai.com", "", "Ai:Transcription:Model")]
    public void Given_incomplete_configuration_When_checking_availability_Then_reason_says_what_is_missing(
        string endpoint, string model, string expectedReason)
    {
        // Arrange
        var engine = new OpenAiCompatibleSpeechToText(new AiEndpointOptions(endpoint, "k", model), this.http);

        // Act
        var available = engine.IsAvailable(out var reason);

        // Assert
        available.ShouldBeFalse();
        reason.ShouldContain(expectedReason);
    }
}
