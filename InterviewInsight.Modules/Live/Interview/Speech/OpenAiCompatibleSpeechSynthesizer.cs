using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using InterviewInsight.Modules.Shared.Ai;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Live.Interview.Speech;

/// <summary>
/// Any OpenAI-compatible <c>/v1/audio/speech</c> endpoint (<c>Ai:Tts:{Endpoint,ApiKey,Model,Voice}</c>): OpenAI, Azure,
/// or a local server. Answers mp3.
/// </summary>
internal sealed class OpenAiCompatibleSpeechSynthesizer(HttpClient http, IOptions<AiOptions> ai) : ISpeechSynthesizer
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    private AiEndpointSettings Tts => ai.Value.Tts;

    private string Endpoint => Tts.Endpoint ?? "";

    private string Model => string.IsNullOrWhiteSpace(Tts.Model) ? "tts-1" : Tts.Model;

    public string Engine => $"openai-compatible-tts ({Model})";

    public bool IsAvailable => Uri.TryCreate(Endpoint, UriKind.Absolute, out _);

    public async Task<SynthesizedSpeech> SynthesizeAsync(string text, double rate, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, OpenAiCompatibleEndpoint.Resolve(Endpoint, "/audio/speech"))
        {
            Content = JsonContent.Create(new
            {
                model = Model,
                voice = string.IsNullOrWhiteSpace(Tts.Voice) ? "alloy" : Tts.Voice,
                input = text,
                response_format = "mp3",
                speed = Math.Round(Math.Clamp(rate, 0.25, 4.0), 2).ToString(CultureInfo.InvariantCulture),
            }),
        };
        if (!string.IsNullOrEmpty(Tts.ApiKey))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Tts.ApiKey);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Timeout);
        using var response = await http.SendAsync(request, timeout.Token);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The speech endpoint answered HTTP {(int)response.StatusCode}.");
        }

        var audio = await response.Content.ReadAsByteArrayAsync(timeout.Token);
        return audio.Length > 0
            ? new SynthesizedSpeech(audio, response.Content.Headers.ContentType?.MediaType ?? "audio/mpeg")
            : throw new InvalidOperationException("The speech endpoint returned no audio.");
    }
}
