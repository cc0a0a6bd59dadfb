namespace InterviewInsight.Modules.Live.Interview;

/// <summary>Where a live interview stands when its page opens: what to ask next, how far along, where recording resumes.</summary>
public sealed record InterviewState(
    Guid SessionId,
    bool Ended,
    PendingTurn? Next,
    int PlannedAsked,
    int PlannedTotal,
    int NextSegmentIndex,
    double NextSegmentOffsetSeconds,
    bool CameraOn,
    IReadOnlyList<string> PlanNotes,
    string? InterviewerVoice,
    double InterviewerRate);
