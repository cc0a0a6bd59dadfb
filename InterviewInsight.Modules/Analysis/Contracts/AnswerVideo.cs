using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Analysis.Contracts;

/// <summary>
/// The stretch of a live interview's video that ends with an answer (from the end of the previous one, so the question
/// being asked is in it too), on the session clock; <paramref name="SegmentOffsetSeconds"/> places the segment on it.
/// </summary>
public sealed record AnswerVideo(Guid SessionId, Guid AnswerId, MediaKey Media, double SegmentOffsetSeconds, double From, double To, bool ExpressionsConsented);
