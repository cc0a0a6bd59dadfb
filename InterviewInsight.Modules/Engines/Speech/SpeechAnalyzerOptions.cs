using InterviewInsight.Modules.Engines.Speech.Pauses;
using InterviewInsight.Modules.Engines.Speech.Prosody;
using InterviewInsight.Modules.Engines.Speech.Quality;
using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Modules.Engines.Speech;

/// <summary>All speech-pipeline settings in one place (docs/architecture.md, "Evidence bands" bands as defaults).</summary>
internal sealed record SpeechAnalyzerOptions
{
    public static SpeechAnalyzerOptions Default { get; } = new();

    public VadOptions Vad { get; init; } = VadOptions.Default;

    public PauseOptions Pauses { get; init; } = PauseOptions.Default;

    public ProsodyOptions Prosody { get; init; } = ProsodyOptions.Default;

    public AudioQualityOptions Quality { get; init; } = AudioQualityOptions.Default;

    /// <summary>Width of the centred window behind the timeline's wpm series.</summary>
    public double TimelineWpmWindowSeconds { get; init; } = 5;
}
