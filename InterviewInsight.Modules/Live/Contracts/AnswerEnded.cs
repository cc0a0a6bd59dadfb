using InterviewInsight.Modules.Shared.Outbox;

namespace InterviewInsight.Modules.Live.Contracts;

/// <summary>
/// A live answer ended and the interview goes on. <paramref name="From"/>-<paramref name="To"/> is the stretch of the
/// recording that ends with the answer (from the end of the previous one, so the question asked is in it too), on the
/// session clock; <paramref name="MediaPath"/> is the segment's media key and <paramref name="SegmentOffsetSeconds"/>
/// places it on that clock. Analysis observes the stretch's video while the interview continues.
/// </summary>
public sealed record AnswerEnded(
    Guid SessionId, string OwnerId, Guid AnswerId, string MediaPath, double SegmentOffsetSeconds, double From, double To, bool VideoConsented, bool ExpressionsConsented)
    : IIntegrationEvent;
