using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Shared.Ai;
using Polly;

namespace InterviewInsight.Modules.Engines.Content.Embeddings;

/// <summary>
/// Sentence embeddings from an OpenAI-compatible POST {endpoint}/v1/embeddings (OpenAI, Azure OpenAI with the full
/// deployment URL, or a local server such as llama.cpp / vLLM / Ollama). Configuration Ai:Embeddings:{Endpoint,ApiKey,Model}.
/// </summary>
internal sealed class OpenAiCompatibleEmbedder : IEmbedder
{
    /// <summary>A minute in all, half of it for one try, so a hung try leaves time for another.</summary>
    public static readonly OpenAiHttpLimits Limits = new(Total: TimeSpan.FromSeconds(60), Attempt: TimeSpan.FromSeconds(30));

    public const string EmbeddingsPath = "/embeddings";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly AiEndpointOptions options;
    private readonly HttpClient http;
    private readonly TimeSpan timeout;

    public OpenAiCompatibleEmbedder(AiEndpointOptions options, HttpClient http, TimeSpan? timeout = null)
    {
        if (string.IsNullOrWhiteSpace(options.Endpoint) || !Uri.TryCreate(options.Endpoint.Trim(), UriKind.Absolute, out _))
        {
            throw new ArgumentException($"Embeddings endpoint '{options.Endpoint}' is not an absolute URL (Ai:Embeddings:Endpoint).", nameof(options));
        }

        if (string.IsNullOrWhiteSpace(options.Model))
        {
            throw new ArgumentException("No embeddings model configured (Ai:Embeddings:Model).", nameof(options));
        }

        this.options = options;
        this.http = http;
        this.timeout = timeout ?? Limits.Total;
    }

    public string Engine => $"openai-compatible-embeddings ({this.options.Model})";

    public async Task<float[][]> EmbedAsync(IReadOnlyList<string> sentences, CancellationToken ct)
    {
        if (sentences.Count == 0)
        {
            return [];
        }

        var uri = OpenAiCompatibleEndpoint.Resolve(this.options.Endpoint, EmbeddingsPath);
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = JsonContent.Create(new EmbeddingsRequest(this.options.Model, sentences), options: Json),
        };
        OpenAiCompatibleEndpoint.Authorize(request, this.options.ApiKey);
        var body = await SendAsync(request, ct).ConfigureAwait(false);

        var parsed = JsonSerializer.Deserialize<EmbeddingsResponse>(body, Json);
        var data = parsed?.Data ?? throw new InvalidDataException($"Embeddings endpoint {uri} answered without a data array: {Shorten(body)}");
        if (data.Count != sentences.Count || data.Any(d => d.Embedding is null || d.Index < 0 || d.Index >= sentences.Count))
        {
            throw new InvalidDataException($"Embeddings endpoint {uri} returned {data.Count} embeddings for {sentences.Count} inputs.");
        }

        // The protocol tags each vector with its input index; servers may answer out of order.
        var vectors = new float[sentences.Count][];
        foreach (var item in data)
        {
            vectors[item.Index] = item.Embedding!;
        }

        return vectors.Any(v => v is null)
            ? throw new InvalidDataException($"Embeddings endpoint {uri} repeated an input index.")
            : vectors;
    }

    /// <summary>The response body of a successful call; a timeout, an error status or an open circuit throws, naming the endpoint.</summary>
    private async Task<string> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(this.timeout);
        try
        {
            using var response = await this.http.SendAsync(request, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode
                ? body
                : throw new HttpRequestException($"Embeddings endpoint {request.RequestUri} answered {(int)response.StatusCode}: {Shorten(body)}", null, response.StatusCode);
        }
        catch (Exception e) when (OpenAiHttpClients.IsTimeout(e, ct))
        {
            throw new TimeoutException($"Embeddings endpoint {request.RequestUri} did not answer within {this.timeout.TotalSeconds:0.#} s.", e);
        }
        catch (ExecutionRejectedException e)
        {
            throw new HttpRequestException($"Embeddings endpoint {request.RequestUri} was not called: {e.Message}", e);
        }
    }

    private static string Shorten(string body) => body.Length <= 300 ? body : body[..300] + "…";

    private sealed record EmbeddingsRequest(string Model, IReadOnlyList<string> Input)
    {
        [JsonPropertyName("encoding_format")]
        public string EncodingFormat => "float";
    }

    private sealed record EmbeddingsResponse(IReadOnlyList<EmbeddingItem>? Data, string? Model);

    private sealed record EmbeddingItem(int Index, float[]? Embedding);
}
