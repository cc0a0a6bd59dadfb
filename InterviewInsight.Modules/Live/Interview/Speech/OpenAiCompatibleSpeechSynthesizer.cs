using System.Globalization;
using System.Net.Http.Json;
using InterviewInsight.Modules.Shared.Ai;
using Microsoft.Extensions.Options;
using Polly;

namespace InterviewInsight.Modules.Live.Interview.Speech;

/// <summary>
/// Any OpenAI-compatible <c>/v1/audio/speech</c> endpoint (<c>Ai:Tts:{Endpoint,ApiKey,Model,Voice}</c>): OpenAI, Azure,
/// or a local server. Answers mp3. A timeout, an error status or an open circuit throws an exception
/// <see cref="InterviewerSpeech"/> answers with the next voice.
/// </summary>
internal sealed class OpenAiCompatibleSpeechSynthesizer(HttpClient http, IOptions<AiOptions> ai) : ISpeechSynthesizer
{
    /// <summary>
    /// The interviewer is waiting: 20 s in all, 10 s a try, one retry; after that the offline voice speaks instead.
    /// </summary>
    public static readonly OpenAiHttpLimits Limits = new(Total: TimeSpan.FromSeconds(20), Attempt: TimeSpan.FromSeconds(10), MaxRetries: 1);

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
        OpenAiCompatibleEndpoint.Authorize(request, Tts.ApiKey);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Limits.Total);
        try
        {
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
        catch (Exception e) when (OpenAiHttpClients.IsTimeout(e, ct))
        {
            throw new TimeoutException($"The speech endpoint did not answer within {Limits.Total.TotalSeconds:0.#} s.", e);
        }
        catch (ExecutionRejectedException e)
        {
            throw new HttpRequestException($"The speech endpoint was not called: {e.Message}", e);
        }
    }
}
