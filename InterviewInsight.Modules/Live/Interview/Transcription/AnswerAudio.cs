using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Live.Interview.Transcription;

/// <summary>A span of a recording segment; <paramref name="SegmentOffsetSeconds"/> places the segment on the session clock.</summary>
internal sealed record AnswerAudio(Guid SessionId, MediaKey Media, double SegmentOffsetSeconds, double Start, double End);
