namespace InterviewInsight.Modules.Live.Questions;

/// <summary>The gap in an answer that a follow-up prompt asks the candidate to fill.</summary>
internal enum FollowUpGap
{
    Result,
    Example,
    Specifics,
}
