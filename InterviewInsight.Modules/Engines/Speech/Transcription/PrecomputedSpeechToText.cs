namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// A transcript that already exists (the live interviewer transcribed each answer as it ended), presented as an engine
/// so the speech pipeline measures it like any other. The engine name stays the one that made the words.
/// </summary>
internal sealed class PrecomputedSpeechToText(Transcript transcript) : ISpeechToText
{
    public string Engine => transcript.Engine;

    public bool IsLowAccuracy => transcript.LowAccuracy;

    public bool IsAvailable(out string reason)
    {
        reason = "";
        return true;
    }

    public Task<Transcript> TranscribeAsync(float[] samples16k, CancellationToken ct) => Task.FromResult(transcript);
}
