namespace InterviewInsight.Modules.Live.Data;

/// <summary>One received piece of a live segment, kept so a re-sent chunk is recognised (same checksum) instead of appended twice.</summary>
internal sealed class RecordingChunk
{
    public Guid SegmentId { get; set; }

    public int Index { get; set; }

    public int Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the chunk's bytes, as the browser computed it.</summary>
    public string Sha256 { get; set; } = "";

    public DateTime ReceivedAt { get; set; }
}
