using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Interview;
using InterviewInsight.Modules.Live.Questions;

namespace InterviewInsight.Modules.Live.Data;

internal sealed class PracticeSession
{
    public Guid Id { get; set; }

    public string OwnerId { get; set; } = "";

    public SessionKind Kind { get; set; }

    public SessionStatus Status { get; set; }

    public string Role { get; set; } = "";

    public string Domain { get; set; } = "";

    public Seniority Seniority { get; set; }

    public InterviewType InterviewType { get; set; }

    public int QuestionCount { get; set; }

    public string? JobDescription { get; set; }

    public bool CameraOn { get; set; }

    public bool ConsentAudio { get; set; }

    public bool ConsentVideo { get; set; }

    public bool ConsentExpressions { get; set; }

    /// <summary>Accommodation mode: eye contact, facial expression and voice measures are not scored for this session.</summary>
    public bool Accommodation { get; set; }

    /// <summary>English only for now; stored so analysis can refuse other languages honestly later.</summary>
    public string Language { get; set; } = "en";

    /// <summary>Span where the candidate looked at the camera for the gaze baseline; null = estimate from the recording.</summary>
    public double? CalibrationStartSeconds { get; set; }

    public double? CalibrationEndSeconds { get; set; }

    /// <summary>The session's planned questions (live interviews), fixed when the interview first opens.</summary>
    public InterviewPlan? Plan { get; set; }

    /// <summary>What the interviewer says next (a question, follow-up or clarification), kept so a reload or a resume asks it again.</summary>
    public PendingTurn? PendingTurn { get; set; }

    /// <summary>The browser voice the candidate picked for the interviewer (null: the browser's default English voice).</summary>
    public string? InterviewerVoice { get; set; }

    /// <summary>Speaking rate of the interviewer, 0.7 to 1.5.</summary>
    public double InterviewerRate { get; set; } = 1.0;

    /// <summary>Set on a one-question retake session: the earlier answer whose question it asks again (its planned answer carries it).</summary>
    public Guid? RetakeOfAnswerId { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime? EndedAt { get; set; }

    /// <summary>Set when the session is deleted; from then on no read sees it (a query filter), and a SessionDeleted event purges it.</summary>
    public DateTime? DeletedAt { get; set; }

    public string Title => string.IsNullOrWhiteSpace(Domain) ? Role : $"{Role} · {Domain}";

    public SessionSetUp ToSetUp() => new(Role, Domain, Seniority, InterviewType, QuestionCount, JobDescription, CameraOn,
        new AnalysisConsent(ConsentAudio, ConsentVideo, ConsentExpressions), InterviewerVoice, InterviewerRate, Accommodation);
}
