namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>Everything one <c>benchmark-live</c> run measured, plus what it ran on and with.</summary>
public sealed record LiveBenchmarkResult
{
    public required LiveBenchmarkOptions Options { get; init; }

    public required LiveMachine Machine { get; init; }

    public required IReadOnlyList<TurnMeasurement> Turns { get; init; }

    /// <summary>Wall seconds of the first question's speech synthesis (there is no decision before it).</summary>
    public double? FirstSpeechSeconds { get; init; }

    public required int PlannedAnswered { get; init; }

    public required bool EndedByService { get; init; }

    /// <summary>Wall seconds of <c>EndAsync</c> itself.</summary>
    public required double EndCallSeconds { get; init; }

    /// <summary>Wall seconds from the end of the interview until the run is seen, running, and succeeded (dashboard ready).</summary>
    public double? RunCreatedSeconds { get; init; }

    public double? RunStartedSeconds { get; init; }

    public required double DashboardReadySeconds { get; init; }

    public AnalysisTimingsSnapshot? AnalysisTimings { get; init; }

    public required double RecordedSeconds { get; init; }

    public required int ChunksSent { get; init; }

    public required IReadOnlyList<double> ChunkReceiveSeconds { get; init; }

    public required string MimeType { get; init; }

    public required long RecordingBytes { get; init; }

    public required string? VideoSource { get; init; }

    public required IReadOnlyList<string> SpeechClips { get; init; }

    public required double SpeechLoopSeconds { get; init; }

    public required IReadOnlyList<string> Commands { get; init; }

    public required double PrepareSeconds { get; init; }

    public required double WallSeconds { get; init; }

    public required DateTime StartedAtUtc { get; init; }
}
