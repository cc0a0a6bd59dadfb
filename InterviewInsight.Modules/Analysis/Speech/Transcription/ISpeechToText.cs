namespace InterviewInsight.Modules.Analysis.Speech.Transcription;

/// <summary>A speech-to-text engine (PocketSphinx, Whisper ONNX, OpenAI-compatible endpoint).</summary>
internal interface ISpeechToText
{
    /// <summary>Engine name recorded with every transcript (provenance).</summary>
    string Engine { get; }

    /// <summary>True for engines whose transcripts the UI must mark as low accuracy.</summary>
    bool IsLowAccuracy { get; }

    /// <summary>Whether the engine can run here; <paramref name="reason"/> names what is missing when it cannot.</summary>
    bool IsAvailable(out string reason);

    /// <summary>Transcribes 16 kHz mono samples in [-1, 1]; word times are seconds from the first sample.</summary>
    Task<Transcript> TranscribeAsync(float[] samples16k, CancellationToken ct);
}
