namespace InterviewInsight.Modules.Engines;

/// <summary>
/// A stretch of the recording measured on its own, in seconds on the session clock: an answer, from when its question was
/// asked to where the next begins. The one span type of the engines; speech, vision and content all
/// measure the same spans, so their per-answer results line up by <see cref="Id"/>.
/// </summary>
internal sealed record RecordingSpan(string Id, double Start, double End)
{
    /// <summary>The question this answer replies to, when known (content relevance needs it).</summary>
    public string? Question { get; init; }
}
