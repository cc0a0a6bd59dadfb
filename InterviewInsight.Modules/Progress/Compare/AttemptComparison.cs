using InterviewInsight.Modules.Progress.Trends;

namespace InterviewInsight.Modules.Progress.Compare;

/// <summary>The body of <c>GET /api/progress/compare?a=&amp;b=</c>: two attempts side by side and what changed from a to b.</summary>
public sealed record AttemptComparison(ComparedAttempt A, ComparedAttempt B, IReadOnlyList<MeasureChange> Changes);

/// <summary>
/// One attempt as the compare view shows it: its scores and measures, the question as asked, the transcript of the
/// answer, the judge's notes (summary, criteria with quotes, notes; empty when no judge ran) and where to replay it:
/// <paramref name="MediaUrl"/> with a media fragment that starts and ends at the answer.
/// </summary>
public sealed record ComparedAttempt(
    QuestionAttempt Attempt, string Question, string? Transcript, IReadOnlyList<string> JudgeNotes, string MediaUrl, bool MediaIsVideo);
