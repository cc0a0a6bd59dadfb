namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>One MediaRecorder chunk: the bytes recorded in [<see cref="Start"/>, <see cref="End"/>) on the session clock.</summary>
internal sealed record RecorderChunk(int Index, double Start, double End, byte[] Bytes, string Sha256);
