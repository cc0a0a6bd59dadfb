namespace InterviewInsight.Modules.Live.Recording;

/// <summary>What happened to a chunk: appended, or recognised as one already stored (a retry after a lost response).</summary>
internal sealed record ChunkResult(int Segment, int Index, bool Duplicate, long SegmentBytes);
