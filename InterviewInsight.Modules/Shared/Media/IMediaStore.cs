namespace InterviewInsight.Modules.Shared.Media;

/// <summary>
/// Where recordings and their derived files live (docs/architecture.md, "Data"): a local folder by default; the seam lets a shared
/// volume or an S3-compatible store serve several nodes.
/// </summary>
public interface IMediaStore
{
    /// <summary>
    /// Streams <paramref name="content"/> into <paramref name="key"/> without buffering it in memory. The file appears only
    /// when complete; a failure or a body over <paramref name="maxBytes"/> leaves nothing behind.
    /// </summary>
    /// <exception cref="MediaTooLargeException">The body is larger than <paramref name="maxBytes"/>.</exception>
    Task<long> WriteAsync(MediaKey key, Stream content, long maxBytes, CancellationToken ct);

    /// <summary>
    /// Streams <paramref name="content"/> onto a file (chunked recordings), creating it when missing, after cutting it to
    /// <paramref name="fromLength"/> (bytes past it are left by an append that never completed). A failure or a body over
    /// <paramref name="maxBytes"/> cuts the file back to <paramref name="fromLength"/>. Returns the bytes appended.
    /// </summary>
    /// <exception cref="MediaTooLargeException">The body is larger than <paramref name="maxBytes"/>.</exception>
    Task<long> AppendAsync(MediaKey key, long fromLength, Stream content, long maxBytes, CancellationToken ct);

    /// <summary>Cuts a file back to <paramref name="length"/> (an append refused once its bytes were read); a file cut to 0 is removed.</summary>
    void Truncate(MediaKey key, long length);

    bool Exists(MediaKey key);

    long Length(MediaKey key);

    Stream OpenRead(MediaKey key);

    /// <summary>
    /// A local file path for tools that read files (ffmpeg, OpenCV). The local store returns the file itself; a remote
    /// store would stage a copy.
    /// </summary>
    string LocalPath(MediaKey key);

    /// <summary>A fresh local path for a tool to write into, published to <paramref name="key"/> by <see cref="CommitLocalFile"/>.</summary>
    string NewLocalFile(MediaKey key);

    void CommitLocalFile(string localFile, MediaKey key);

    void Delete(MediaKey key);

    /// <summary>Removes every file of a session (session or account deletion, retention).</summary>
    void DeleteSession(Guid sessionId);
}
