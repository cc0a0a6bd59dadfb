namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// The engine to use (null when none is available) and every engine passed over with the reason: why it is
/// unavailable, or that a preferred engine was chosen.
/// </summary>
internal sealed record SpeechToTextSelection(ISpeechToText? Selected, IReadOnlyList<SkippedSpeechEngine> Skipped)
{
    public ISpeechToText SelectedOrThrow() =>
        Selected ?? throw new InvalidOperationException(
            "No speech-to-text engine is available: " + string.Join("; ", Skipped.Select(s => $"{s.Engine}: {s.Reason}")));
}
