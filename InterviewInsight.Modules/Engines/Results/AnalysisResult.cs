using InterviewInsight.Modules.Engines.Content;
using InterviewInsight.Modules.Engines.Quality;
using InterviewInsight.Modules.Engines.Scoring;
using InterviewInsight.Modules.Engines.Speech;
using InterviewInsight.Modules.Engines.Vision;

namespace InterviewInsight.Modules.Engines.Results;

/// <summary>
/// The result JSON of docs/architecture.md, "Result JSON" (camelCase, times in seconds on the session clock, ratios 0..1, scores 0..100).
/// The whole-recording <see cref="Speech"/> and <see cref="Vision"/> stay even when answers are known; null means the
/// modality was not recorded, not consented or could not be measured (the reason is in <see cref="Quality"/>).
/// </summary>
public sealed record AnalysisResult
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public Guid? SessionId { get; init; }

    public required double DurationSeconds { get; init; }

    public required ResultEngines Engines { get; init; }

    public required ResultProvenance Provenance { get; init; }

    public SpeechResult? Speech { get; init; }

    public VisionResult? Vision { get; init; }

    public required IReadOnlyList<AnswerResult> Answers { get; init; }

    /// <summary>Content, Delivery, Presence and Overall; each null when its modality is missing or unusable.</summary>
    public ScoreSet? Scores { get; init; }

    /// <summary>The moments that matter most, each with one concrete suggestion.</summary>
    public IReadOnlyList<Segment> Segments { get; init; } = [];

    /// <summary>The top changes by expected gain.</summary>
    public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];

    public required ResultTimeline Timeline { get; init; }

    public required IReadOnlyList<QualityFlag> Quality { get; init; }

    public required ResultTimings Timings { get; init; }
}

public sealed record ResultEngines(string? Speech, bool SpeechLowAccuracy, string? Vision, string? Content, string? Judge);

/// <summary>What made this result: model file hashes and the settings, so trends compare only comparable runs.</summary>
public sealed record ResultProvenance(IReadOnlyDictionary<string, string> Models, IReadOnlyDictionary<string, string> Settings);

/// <summary>One answer: its span, what was measured in it, and its own scores.</summary>
public sealed record AnswerResult(
    string Id, string? Question, double Start, double End, SpeechResult? Speech, VisionResult? Vision, AnswerContent? Content, ScoreSet? Scores);

/// <summary>Every signal at <see cref="StepSeconds"/> resolution on the session clock, for the dashboard's charts.</summary>
public sealed record ResultTimeline(double StepSeconds, IReadOnlyDictionary<string, IReadOnlyList<double?>> Series);

public sealed record ResultTimings(double TotalSeconds, double RealTimeFactor, IReadOnlyDictionary<string, double> Stages);
