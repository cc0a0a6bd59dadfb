using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Live.Interview.Speech;

/// <summary>Picks the first available server-side voice: a configured endpoint, then espeak-ng. None means text only.</summary>
internal sealed class InterviewerSpeech(OpenAiCompatibleSpeechSynthesizer endpoint, EspeakSpeechSynthesizer espeak, ILogger<InterviewerSpeech> logger)
{
    public const int MaxTextLength = 1000;

    public async Task<SynthesizedSpeech?> SpeakAsync(string text, double rate, CancellationToken ct)
    {
        foreach (var synthesizer in new ISpeechSynthesizer[] { endpoint, espeak }.Where(s => s.IsAvailable))
        {
            try
            {
                return await synthesizer.SynthesizeAsync(text.Length > MaxTextLength ? text[..MaxTextLength] : text, rate, ct);
            }
            catch (Exception ex) when (ex is InvalidOperationException or InvalidDataException or HttpRequestException or TimeoutException or TaskCanceledException && !ct.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Interviewer speech from {Engine} failed; trying the next voice", synthesizer.Engine);
            }
        }

        return null;
    }
}
