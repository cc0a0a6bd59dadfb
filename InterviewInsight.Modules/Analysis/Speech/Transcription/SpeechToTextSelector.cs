namespace InterviewInsight.Modules.Analysis.Speech.Transcription;

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
            if (selected is not null)
            {
                var state = engine.IsAvailable(out _) ? "available" : "unavailable";
                skipped.Add(new SkippedSpeechEngine(engine.Engine, $"Lower preference than {selected.Engine} ({state})."));
            }
            else if (engine.IsAvailable(out var reason))
            {
                selected = engine;
            }
            else
            {
                skipped.Add(new SkippedSpeechEngine(engine.Engine, reason));
            }
        }

        return new SpeechToTextSelection(selected, skipped);
    }
}
