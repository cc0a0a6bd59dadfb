using System.Text.Json;
using InterviewInsight.Tests.TestInfrastructure;
using InterviewInsight.Modules.Engines.Content.Embeddings;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Shared.Ai;

namespace InterviewInsight.Tests.Engines.Content.Embeddings;

/// <summary>The OpenAI-compatible embedder against a real loopback server speaking the /v1/embeddings protocol.</summary>
[Trait("Category", "Integration")]
public sealed class OpenAiCompatibleEmbedderTests : IDisposable
{
    private readonly HttpClient http = new();

    public void Dispose() => this.http.Dispose();

    /// <summary>Answers like OpenAI: one vector per input, tagged with its index (deliberately out of order).</summary>
    private static Task OpenAiStyle(Microsoft.AspNetCore.Http.HttpContext context, ReceivedJsonRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        var inputs = body.RootElement.GetProperty("input").EnumerateArray().Select(e => e.GetString()!).ToList();
        var data = inputs.Select((text, i) => new { @object = "embedding", index = i, embedding = new[] { text.Length, i + 1f, 0.5f } }).Reverse();
        var response = JsonSerializer.Serialize(new
        {
            @object = "list",
            data,
            model = "text-embedding-3-small",
            usage = new { prompt_tokens = 8, total_tokens = 8 },
        });
        return LoopbackResponses.Json(context, response);
    }

    [Fact]
    public async Task Given_openai_style_server_When_embedding_Then_request_is_sent_and_vectors_come_back_in_input_order()
    {
        // Arrange
        await using var server = await LoopbackHttpServer<ReceivedJsonRequest>.StartAsync(OpenAiStyle);
        var embedder = new OpenAiCompatibleEmbedder(new AiEndpointOptions(server.BaseUrl, "sk-test", "text-embedding-3-small"), this.http);

        // Act
        var vectors = await embedder.EmbedAsync(["first", "second one"], CancellationToken.None);

        // Assert
        var request = server.Received.Single();
        request.Method.ShouldBe("POST");
        request.PathAndQuery.ShouldBe("/v1/embeddings");
        request.Authorization.ShouldBe("Bearer sk-test");
        using var sent = JsonDocument.Parse(request.Body);
        sent.RootElement.GetProperty("model").GetString().ShouldBe("text-embedding-3-small");
        sent.RootElement.GetProperty("encoding_format").GetString().ShouldBe("float");
        sent.RootElement.GetProperty("input").EnumerateArray().Select(e => e.GetString()).ShouldBe(["first", "second one"]);
        vectors.Length.ShouldBe(2);
        vectors[0].ShouldBe([5f, 1f, 0.5f]);
        vectors[1].ShouldBe([10f, 2f, 0.5f]);
        embedder.Engine.ShouldContain("text-embedding-3-small");
    }

    [Fact]
    public async Task Given_server_error_When_embedding_Then_it_throws_with_the_status()
    {
        // Arrange
        await using var server = await LoopbackHttpServer<ReceivedJsonRequest>.StartAsync((c, _) => LoopbackResponses.Json(c, """{"error":{"message":"bad key"}}""", 401));
        var embedder = new OpenAiCompatibleEmbedder(new AiEndpointOptions(server.BaseUrl + "/v1", "sk-wrong", "m"), this.http);

        // Act
        var error = await Should.ThrowAsync<HttpRequestException>(() => embedder.EmbedAsync(["x"], CancellationToken.None));

        // Assert
        error.Message.ShouldContain("401");
        error.Message.ShouldContain("bad key");
        server.Received.Single().PathAndQuery.ShouldBe("/v1/embeddings");
    }

    [Theory]
    [InlineData("https://api.openai.com", "https://api.openai.com/v1/embeddings")]
    [InlineData("http://127.0.0.1:8000/v1/", "http://127.0.0.1:8000/v1/embeddings")]
    [InlineData("http://host/v1/embeddings", "http://host/v1/embeddings")]
    public void Given_endpoint_forms_When_building_uri_Then_path_ends_in_v1_embeddings(string endpoint, string expected)
    {
        // Act
        var uri = OpenAiCompatibleEndpoint.Resolve(endpoint, OpenAiCompatibleEmbedder.EmbeddingsPath);

        // Assert
        uri.ToString().ShouldBe(expected);
    }
}
