using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Live.Contracts;

/// <summary>What the analysis needs of a session: its media segments on the session clock, its answers and its consent.</summary>
public sealed record SessionRecording(
    Guid SessionId,
    string OwnerId,
    SessionKind Kind,
    SessionSetUp SetUp,
    IReadOnlyList<RecordingSegmentInfo> Segments,
    IReadOnlyList<AnswerSpan> Answers,
    CalibrationSpan? Calibration);

public sealed record RecordingSegmentInfo(int Index, MediaKey Media, string MimeType, double OffsetSeconds, long Bytes);

/// <summary>
/// An answer on the session clock; <paramref name="End"/> is null while it is still being given. <paramref name="Transcript"/>
/// is the transcript made for the interviewer right after the answer (live interviews), which the analysis reuses.
/// <paramref name="RetakeOfAnswerId"/> is the earlier answer this one practises again (a retake), else null.
/// </summary>
public sealed record AnswerSpan(
    Guid Id, int Index, string? QuestionId, string Question, AnswerKind Kind, double Start, double? End, AnswerTranscript? Transcript, Guid? RetakeOfAnswerId = null);

/// <summary>Where the candidate was asked to look at the camera (the personal gaze baseline), on the session clock.</summary>
public sealed record CalibrationSpan(double Start, double End);
