using System.Net.Http.Headers;
using InterviewInsight.Modules.Shared.Ai;
using Polly;

namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Transcription through an OpenAI-compatible /v1/audio/transcriptions endpoint: OpenAI, Azure OpenAI (give the
/// full deployment URL, .../openai/deployments/{name}/audio/transcriptions?api-version=...), or a local server.
/// </summary>
internal sealed class OpenAiCompatibleSpeechToText : ISpeechToText
{
    /// <summary>
    /// Two minutes in all. One try may take all of it: a long recording keeps the server busy, and re-uploading it after a
    /// slow try rarely helps; quick failures (429, 5xx, a dropped connection) are retried. The body is a byte array, so a
    /// retry sends it again intact.
    /// </summary>
    public static readonly OpenAiHttpLimits Limits = new(Total: TimeSpan.FromMinutes(2), Attempt: TimeSpan.FromMinutes(2));

    public const string TranscriptionsPath = "/audio/transcriptions";

    private readonly AiEndpointOptions options;
    private readonly HttpClient http;
    private readonly TimeSpan timeout;

    public OpenAiCompatibleSpeechToText(AiEndpointOptions options, HttpClient http, TimeSpan? timeout = null)
    {
        this.options = options;
        this.http = http;
        this.timeout = timeout ?? Limits.Total;
    }

    public string Engine => $"openai-compatible ({this.options.Model})";

    public bool IsLowAccuracy => false;

    public bool IsAvailable(out string reason)
    {
        if (string.IsNullOrWhiteSpace(this.options.Endpoint))
        {
            reason = "No transcription endpoint configured (Ai:Transcription:Endpoint).";
            return false;
        }

        if (!Uri.TryCreate(this.options.Endpoint.Trim(), UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            reason = $"Transcription endpoint '{this.options.Endpoint}' is not an absolute http(s) URL.";
            return false;
        }

        if (string.IsNullOrWhiteSpace(this.options.Model))
        {
            reason = "No transcription model configured (Ai:Transcription:Model).";
            return false;
        }

        reason = string.Empty;
        return true;
    }

    public async Task<Transcript> TranscribeAsync(float[] samples16k, CancellationToken ct)
    {
        if (!IsAvailable(out var reason))
        {
            throw new InvalidOperationException(reason);
        }

        var uri = OpenAiCompatibleEndpoint.Resolve(this.options.Endpoint, TranscriptionsPath);
        using var request = BuildRequest(uri, samples16k);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(this.timeout);
        try
        {
            using var response = await this.http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var body = await response.Content.ReadAsStringAsync(timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                throw new HttpRequestException(
                    $"Transcription endpoint {uri.GetLeftPart(UriPartial.Path)} answered {(int)response.StatusCode} {response.ReasonPhrase}: {OpenAiTranscriptionResponse.Excerpt(body)}",
                    null,
                    response.StatusCode);
            }

            return OpenAiTranscriptionResponse.Parse(body, Engine, IsLowAccuracy);
        }
        catch (Exception e) when (OpenAiHttpClients.IsTimeout(e, ct))
        {
            throw new TimeoutException($"Transcription endpoint {uri.GetLeftPart(UriPartial.Path)} did not answer within {this.timeout.TotalSeconds:0.#} s.", e);
        }
        catch (ExecutionRejectedException e)
        {
            throw new HttpRequestException($"Transcription endpoint {uri.GetLeftPart(UriPartial.Path)} was not called: {e.Message}", e);
        }
    }

    private HttpRequestMessage BuildRequest(Uri uri, float[] samples)
    {
        var file = new ByteArrayContent(PcmWavEncoder.Encode(samples, WhisperLogMel.SampleRate));
        file.Headers.ContentType = new MediaTypeHeaderValue("audio/wav");
        var form = new MultipartFormDataContent
        {
            { new StringContent(this.options.Model), "model" },
            { file, "file", "audio.wav" },
            { new StringContent("verbose_json"), "response_format" },
            { new StringContent("word"), "timestamp_granularities[]" },
            // Segments carry avg_logprob, the only confidence OpenAI reports.
            { new StringContent("segment"), "timestamp_granularities[]" },
            { new StringContent("0"), "temperature" },
        };

        var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = form };
        OpenAiCompatibleEndpoint.Authorize(request, this.options.ApiKey);
        return request;
    }
}
