namespace InterviewInsight.Modules.Progress.Trends;

/// <summary>
/// The body of <c>GET /api/progress</c>: every analysed session oldest first, personal bests by measure, and the streak of
/// calendar days practised in a row.
/// </summary>
public sealed record ProgressReport(IReadOnlyList<ProgressSession> Sessions, IReadOnlyDictionary<string, PersonalBest> Bests, int StreakDays);

/// <summary>
/// One analysed session. <see cref="Comparable"/> is false when its engines or settings differ from the latest session's,
/// so a PocketSphinx transcript is not compared with a Whisper one unawares; <see cref="DiffersFromLatest"/> says how.
/// The scores and measures are always the machine's; <see cref="Overridden"/> marks the items a reviewer gave their own view of.
/// </summary>
public sealed record ProgressSession(
    Guid SessionId,
    string Title,
    DateTime EndedAt,
    bool Comparable,
    IReadOnlyList<string> DiffersFromLatest,
    ProgressScores Scores,
    ProgressMeasures Measures,
    IReadOnlyList<ReviewerOverride> Overridden);

/// <summary>
/// A reviewer's override of one item of the session (a score id such as <c>score.overall</c>, a recommendation or a
/// segment card), with their score for a score target; given on run <see cref="RunVersion"/>.
/// </summary>
public sealed record ReviewerOverride(string TargetId, int RunVersion, double? Value);

/// <summary>The four 0-100 scores; each null when its modality was not measured.</summary>
public sealed record ProgressScores(double? Overall, double? Content, double? Delivery, double? Presence);

/// <summary>
/// Key measures, null when not measured. Lower is better for fillers and long pauses; words per minute is best inside the
/// 120-165 band; answer length is the mean answer duration in seconds; STAR coverage the mean share of the four parts shown.
/// </summary>
public sealed record ProgressMeasures(
    double? WordsPerMinute, double? FillersPerMinute, double? EyeContactRatio, int? LongPauses, double? AnswerSeconds, double? StarCoverage);

/// <summary>The best value of one measure and the session that reached it.</summary>
public sealed record PersonalBest(double Value, Guid SessionId);
