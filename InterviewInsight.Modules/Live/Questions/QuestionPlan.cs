namespace InterviewInsight.Modules.Live.Questions;

/// <summary>
/// The ordered questions of one session. <see cref="Notes"/> says in plain words where the plan had to compromise
/// (no role-specific questions, questions repeated because the bank ran out), so the page can tell the candidate.
/// </summary>
internal sealed record QuestionPlan(
    IReadOnlyList<PlannedQuestion> Questions,
    IReadOnlyList<string> MatchedRoleIds,
    bool UsedGenericFallback,
    int RepeatedRecentCount,
    IReadOnlyList<string> Notes);
