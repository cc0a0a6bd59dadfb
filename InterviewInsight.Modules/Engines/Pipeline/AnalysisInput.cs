using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Vision;

namespace InterviewInsight.Modules.Engines.Pipeline;

/// <summary>One recording to analyse, already normalised (seekable media + 16 kHz WAV), with its answers and settings.</summary>
internal sealed record AnalysisInput
{
    public Guid? SessionId { get; init; }

    /// <summary>The seekable recording (video frames are read from it); null for audio-only input.</summary>
    public string? VideoPath { get; init; }

    /// <summary>16 kHz mono PCM WAV; null when the recording has no audio.</summary>
    public string? WavPath { get; init; }

    public double? DurationSeconds { get; init; }

    public IReadOnlyList<AnswerInput> Answers { get; init; } = [];

    /// <summary>
    /// The answers' transcripts made during a live interview (word times on the session clock). When every answer has
    /// one, the pipeline reuses them instead of transcribing the recording again, so the dashboard is ready sooner.
    /// </summary>
    public Transcript? AnswersTranscript { get; init; }

    /// <summary>
    /// Answers' video observed during a live interview (session clock). Only the stretches they leave uncovered are
    /// decoded again; ranges made with other engines or sampling are ignored.
    /// </summary>
    public IReadOnlyList<ObservedRange> ObservedAhead { get; init; } = [];

    public AnalysisSettings Settings { get; init; } = new();
}

/// <summary>An answer span on the session clock; <paramref name="Question"/> is null for a recording without marked questions.</summary>
internal sealed record AnswerInput(string Id, string? Question, double Start, double? End);

/// <summary>The settings that shape a result; stored with it as provenance.</summary>
internal sealed record AnalysisSettings
{
    public int VideoSampleFps { get; init; } = 5;

    /// <summary>Read every frame instead of sampling (high-accuracy mode).</summary>
    public bool AllFrames { get; init; }

    /// <summary>Per-session consent to voice and transcript analysis.</summary>
    public bool AudioConsent { get; init; } = true;

    /// <summary>Per-session consent to video analysis (eye contact, head movement).</summary>
    public bool VideoConsent { get; init; } = true;

    /// <summary>Which vision landmark models run (Auto follows what is installed).</summary>
    public Vision.LandmarkPath VisionLandmarks { get; init; }

    /// <summary>Instance switch and per-session consent together: false turns every expression output off.</summary>
    public bool ExpressionsEnabled { get; init; } = true;

    public double? CalibrationStartSeconds { get; init; }

    public double? CalibrationEndSeconds { get; init; }

    public string? JobDescription { get; init; }

    /// <summary>
    /// Accommodation mode (the session's set-up): eye contact, look-away, smiling and pitch variation are measured and shown
    /// but not scored (<see cref="Scoring.ScoringOptions.AccommodationMode"/>), and the result says so in <c>quality[]</c>.
    /// </summary>
    public bool Accommodation { get; init; }
}
