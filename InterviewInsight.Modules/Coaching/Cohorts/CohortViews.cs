namespace InterviewInsight.Modules.Coaching.Cohorts;

/// <summary>The body of POST cohorts.</summary>
public sealed record CohortRequest(string? Name);

/// <summary>The body of POST cohort members: a candidate who shared at least one session with the coach.</summary>
public sealed record CohortMemberRequest(string? CandidateId);

/// <summary>A cohort in the coach's list.</summary>
public sealed record CohortSummary(Guid Id, string Name, int Members, DateTime CreatedAt);

/// <summary>A cohort with each candidate's latest scores and trend, from the sessions they shared with the coach only.</summary>
public sealed record CohortOverview(Guid Id, string Name, IReadOnlyList<CohortCandidate> Candidates);

/// <summary>
/// One candidate of a cohort: how many analysed sessions they shared, the latest one's scores (null when never analysed
/// or not measured), and <see cref="OverallChange"/>, the latest Overall minus the first shared one's (null with fewer than two).
/// </summary>
public sealed record CohortCandidate(
    string CandidateId, string Email, int AnalysedSessions, Guid? LatestSessionId, DateTime? LatestAt,
    double? Overall, double? Content, double? Delivery, double? Presence, double? OverallChange, IReadOnlyList<double> OverallTrend);
