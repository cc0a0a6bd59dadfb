using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;

namespace InterviewInsight.Modules.Live.Sessions;

/// <summary>A new session from a validated set-up; consent to a visual analysis needs the camera to be on.</summary>
internal static class PracticeSessionFactory
{
    public static PracticeSession Create(string ownerId, SessionKind kind, SessionSetUp setUp, DateTime utcNow) => new()
    {
        Id = Guid.NewGuid(),
        OwnerId = ownerId,
        Kind = kind,
        Status = SessionStatus.Draft,
        Role = setUp.Role.Trim(),
        Domain = setUp.Domain.Trim(),
        Seniority = setUp.Seniority,
        InterviewType = setUp.InterviewType,
        QuestionCount = setUp.QuestionCount,
        JobDescription = string.IsNullOrWhiteSpace(setUp.JobDescription) ? null : setUp.JobDescription.Trim(),
        CameraOn = setUp.CameraOn,
        ConsentAudio = setUp.Consent.Audio,
        ConsentVideo = setUp.Consent.Video && setUp.CameraOn,
        ConsentExpressions = setUp.Consent.Expressions && setUp.Consent.Video && setUp.CameraOn,
        InterviewerVoice = string.IsNullOrWhiteSpace(setUp.InterviewerVoice) ? null : setUp.InterviewerVoice.Trim(),
        InterviewerRate = Math.Clamp(setUp.InterviewerRate, 0.7, 1.5),
        Accommodation = setUp.Accommodation,
        CreatedAt = utcNow,
    };
}
