using InterviewInsight.Modules.Engines.Vision.Aggregation;

namespace InterviewInsight.Modules.Engines.Vision;

/// <summary>Every frame observed over a recording (or merged from stretches), ready to summarise.</summary>
internal sealed record ObservedVideo(IReadOnlyList<FrameObservation> Observations, double MediaSeconds, double SampledFps, VisionTimings Timings);
