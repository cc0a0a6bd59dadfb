namespace InterviewInsight.Modules.Live.Interview.Speech;

/// <summary>Server-side speech for the interviewer, used when the browser has no voice of its own.</summary>
internal interface ISpeechSynthesizer
{
    string Engine { get; }

    bool IsAvailable { get; }

    Task<SynthesizedSpeech> SynthesizeAsync(string text, double rate, CancellationToken ct);
}

internal sealed record SynthesizedSpeech(byte[] Audio, string ContentType);
