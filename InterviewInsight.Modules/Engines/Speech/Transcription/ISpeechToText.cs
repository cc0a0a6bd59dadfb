namespace InterviewInsight.Modules.Engines.Speech.Transcription;

internal interface ISpeechToText
{
    string Engine { get; }

    bool IsLowAccuracy { get; }

    bool IsAvailable(out string reason);

    Task<Transcript> TranscribeAsync(float[] samples16k, CancellationToken ct);
}
