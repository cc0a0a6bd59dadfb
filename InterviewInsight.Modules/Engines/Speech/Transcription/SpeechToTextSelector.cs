namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Picks the first available engine from a preference-ordered list (OpenAI-compatible when configured, Whisper
/// when installed, PocketSphinx always) and records why each other engine was not used.
/// </summary>
internal static class SpeechToTextSelector
{
    public static SpeechToTextSelection Select(IEnumerable<ISpeechToText> enginesInPreferenceOrder)
    {
        ISpeechToText? selected = null;
        var skipped = new List<SkippedSpeechEngine>();
        foreach (var engine in enginesInPreferenceOrder)
        {
            var available = engine.IsAvailable(out var reason);
            if (available && selected is null)
            {
                selected = engine;
            }
            else
            {
                skipped.Add(new SkippedSpeechEngine(engine.Engine, available ? $"Available, but {selected!.Engine} is preferred." : reason));
            }
        }

        return new SpeechToTextSelection(selected, skipped);
    }
}
