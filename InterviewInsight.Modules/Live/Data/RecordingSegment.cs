namespace InterviewInsight.Modules.Live.Data;

/// <summary>
/// One continuous piece of a session's recording: an uploaded file, or one MediaRecorder stream of a live interview
/// (a resumed interview starts a new segment, with its own header and its own zero, placed at an offset on the session clock).
/// </summary>
internal sealed class RecordingSegment
{
    public Guid Id { get; set; }

    public Guid SessionId { get; set; }

    public int Index { get; set; }

    /// <summary>Media store path of the segment's file (<c>MediaKey.Path</c>).</summary>
    public string MediaPath { get; set; } = "";

    /// <summary>What the browser or the uploaded file said it is (video/webm, video/mp4, audio/mpeg...).</summary>
    public string MimeType { get; set; } = "";

    public double OffsetSeconds { get; set; }

    public long Bytes { get; set; }

    /// <summary>Recorded time covered so far (live segments: the recorder's clock at the last chunk), so a resumed interview continues the session clock.</summary>
    public double DurationSeconds { get; set; }

    /// <summary>Chunks received so far (live recordings); 1 for an upload.</summary>
    public int ChunkCount { get; set; }

    /// <summary>The name the file had on the user's machine, shown back to them; never used as a path.</summary>
    public string? OriginalFileName { get; set; }

    public DateTime CreatedAt { get; set; }
}
