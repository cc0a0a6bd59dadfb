namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>
/// One turn: the line asked, how long the candidate's answer span was, and the waits after the answer ended (wall
/// seconds): the last chunk stored (flush), the answer transcribed and the next turn decided, the next line asked and
/// synthesised; <see cref="TotalSeconds"/> runs from the end of the answer until the next line's audio is ready.
/// </summary>
public sealed record TurnMeasurement(
    int Turn,
    string Kind,
    string AskedRule,
    string? DecidedRule,
    double AnswerSeconds,
    double FlushSeconds,
    double DecideSeconds,
    double? SpeechSeconds,
    double TotalSeconds,
    bool Late)
{
    /// <summary>What the turn decision heard (the transcript's first words), to show the turn was decided on real speech.</summary>
    public string? HeardStart { get; init; }

    /// <summary>How long the next line's synthesised audio plays (the interviewer speaking), when the voice answers WAV.</summary>
    public double? SpokenAudioSeconds { get; init; }
}
