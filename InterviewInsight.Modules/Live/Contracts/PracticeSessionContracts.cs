namespace InterviewInsight.Modules.Live.Contracts;

public enum SessionKind
{
    Live,
    Upload,
}

public enum SessionStatus
{
    Draft,
    InProgress,
    Ended,
}

/// <summary>How a question came to be asked: from the plan, as a follow-up to the previous answer, or to clarify it.</summary>
public enum AnswerKind
{
    Planned,
    FollowUp,
    Clarification,
}

public enum InterviewType
{
    Behavioural,
    Technical,
    Mixed,
}

public enum Seniority
{
    Junior,
    Mid,
    Senior,
}

/// <summary>What the candidate agreed to have analysed in this session; each modality is consented separately.</summary>
public sealed record AnalysisConsent(bool Audio, bool Video, bool Expressions);

/// <summary>
/// How a session is set up. <paramref name="Accommodation"/>: eye contact, facial expression and voice measures are shown
/// but not scored (the account's default pre-fills it). <paramref name="QuestionSetId"/>: plan from one of my question sets or
/// one assigned to me instead of the bank (used when the session is made; the plan keeps the questions, not the set).
/// </summary>
public sealed record SessionSetUp(
    string Role,
    string Domain,
    Seniority Seniority,
    InterviewType InterviewType,
    int QuestionCount,
    string? JobDescription,
    bool CameraOn,
    AnalysisConsent Consent,
    string? InterviewerVoice = null,
    double InterviewerRate = 1.0,
    bool Accommodation = false,
    Guid? QuestionSetId = null);

public sealed record PracticeSessionSummary(
    Guid Id,
    SessionKind Kind,
    string Title,
    SessionStatus Status,
    DateTime CreatedAt,
    DateTime? EndedAt);

public sealed record PracticeSessionDetails(
    Guid Id,
    string OwnerId,
    SessionKind Kind,
    SessionStatus Status,
    SessionSetUp SetUp,
    string Language,
    DateTime CreatedAt,
    DateTime? EndedAt);
