namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>The prepared browser-like recording, already cut into the chunks the page would upload.</summary>
internal sealed record BrowserRecording(
    string MimeType,
    long Bytes,
    RecordingTimeline Timeline,
    IReadOnlyList<RecorderChunk> Chunks,
    string? VideoSource,
    IReadOnlyList<string> SpeechClips,
    double SpeechLoopSeconds,
    IReadOnlyList<string> Commands,
    double PrepareSeconds);
