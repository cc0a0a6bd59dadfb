namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>Everything one vision run produced: the whole recording, each requested span, and how long it took.</summary>
internal sealed record VisionRecordingResult(
    string Engine, VisionResult Whole, IReadOnlyList<VisionSpanResult> Spans, VisionTimings Timings);

/// <summary>The vision measures of one <see cref="RecordingSpan"/>.</summary>
internal sealed record VisionSpanResult(string Id, VisionResult Vision);

/// <summary>Per-stage milliseconds per analysed frame, and the real-time factor (processing time / media time).</summary>
internal sealed record VisionTimings(
    int FramesRead, int FramesSampled, double MediaSeconds, double ProcessingSeconds, double RealTimeFactor,
    IReadOnlyDictionary<string, double> MillisecondsPerFrame);
