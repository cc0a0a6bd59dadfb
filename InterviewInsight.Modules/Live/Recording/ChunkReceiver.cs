using System.Collections.Concurrent;
using System.Security.Cryptography;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Live.Interview;
using InterviewInsight.Modules.Shared.Configuration;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace InterviewInsight.Modules.Live.Recording;

/// <summary>
/// Appends MediaRecorder chunks to a live session's segment files (docs/architecture.md, "How a recording flows"): append-only, in order,
/// checksummed and idempotent. A chunk already stored with the same checksum is acknowledged again; one that would
/// leave a gap is refused with the index expected, so the browser re-sends what is missing. Who sends it, the session's
/// state, the order and the session's caps (<c>Media:MaxLiveSessionBytes</c>, <c>Media:MaxLiveSessionSeconds</c>) are
/// checked before the body is read; the body then streams onto the segment file and is cut off again when its checksum is wrong.
/// </summary>
internal sealed class ChunkReceiver(IDbContextFactory<LiveDbContext> dbs, IMediaStore store, AnswerListener listener, IClock clock, IOptions<MediaOptions> media)
{
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> SessionGates = new();

    public int MaxChunkBytes => media.Value.MaxChunkBytes;

    public async Task<ChunkResult> ReceiveAsync(
        string ownerId, Guid sessionId, int segmentIndex, int index, string? mimeType, string? sha256, double? recordedSeconds,
        long declaredBytes, Stream body, CancellationToken ct)
    {
        if (declaredBytes <= 0)
        {
            throw new ChunkRejectedException(400, "The chunk is empty.");
        }

        if (declaredBytes > MaxChunkBytes)
        {
            throw new ChunkRejectedException(413, $"The chunk is {MediaLimits.FormatBytes(declaredBytes)}; the limit is {MediaLimits.FormatBytes(MaxChunkBytes)} per chunk.");
        }

        var expected = sha256?.Trim() ?? "";
        if (expected.Length != 64 || !expected.All(char.IsAsciiHexDigit))
        {
            throw new ChunkRejectedException(400, "Send the chunk's SHA-256 as 64 hex digits.");
        }

        // Before waiting for the gate: a stranger's or a finished session's chunk is refused without queueing behind the owner's.
        await using (var db = await dbs.CreateDbContextAsync(ct))
        {
            await FindRecordingSessionAsync(db, ownerId, sessionId, ct);
        }

        // One chunk at a time per session: a retry racing its original must not append the same bytes twice.
        var gate = SessionGates.GetOrAdd(sessionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            var chunk = new IncomingChunk(segmentIndex, index, mimeType, expected.ToLowerInvariant(), recordedSeconds, declaredBytes, body);
            return await AppendAsync(ownerId, sessionId, chunk, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private sealed record IncomingChunk(int Segment, int Index, string? MimeType, string Sha256, double? RecordedSeconds, long DeclaredBytes, Stream Body);

    private static async Task<PracticeSession> FindRecordingSessionAsync(LiveDbContext db, string ownerId, Guid sessionId, CancellationToken ct)
    {
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.OwnerId == ownerId, ct)
            ?? throw new ChunkRejectedException(404, "No such session.");
        return session.Kind != SessionKind.Live || session.Status == SessionStatus.Ended
            ? throw new ChunkRejectedException(409, "This session is not recording.")
            : session;
    }

    private async Task<ChunkResult> AppendAsync(string ownerId, Guid sessionId, IncomingChunk chunk, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await FindRecordingSessionAsync(db, ownerId, sessionId, ct);
        var segment = await db.Segments.SingleOrDefaultAsync(s => s.SessionId == sessionId && s.Index == chunk.Segment, ct)
            ?? await StartSegmentAsync(db, session, chunk.Segment, chunk.MimeType, ct);
        var existing = await db.Chunks.AsNoTracking().SingleOrDefaultAsync(c => c.SegmentId == segment.Id && c.Index == chunk.Index, ct);
        if (existing is not null)
        {
            return existing.Sha256 == chunk.Sha256
                ? new ChunkResult(chunk.Segment, chunk.Index, Duplicate: true, segment.Bytes)
                : throw new ChunkRejectedException(409, $"Chunk {chunk.Index} was already stored with different content.");
        }

        if (chunk.Index != segment.ChunkCount)
        {
            throw new ChunkRejectedException(409, $"Chunk {chunk.Index} is out of order: the next chunk expected is {segment.ChunkCount}.");
        }

        await CheckSessionCapsAsync(db, segment, chunk, ct);

        // The file and the rows move together: the file grows only by a chunk the database is about to record, and a
        // crash between the two leaves bytes past the recorded length, which the next append cuts away.
        var key = MediaKey.TryParse(segment.MediaPath, out var k) ? k : throw new InvalidOperationException("Bad segment media path.");
        var appended = await StreamOntoSegmentAsync(key, segment.Bytes, chunk, ct);
        segment.Bytes += appended;
        segment.ChunkCount++;
        segment.DurationSeconds = Math.Max(segment.DurationSeconds, chunk.RecordedSeconds ?? 0);
        db.Chunks.Add(new RecordingChunk { SegmentId = segment.Id, Index = chunk.Index, Size = (int)appended, Sha256 = chunk.Sha256, ReceivedAt = clock.UtcNow });
        await db.SaveChangesAsync(ct);
        await listener.RecordingGrewAsync(db, session, segment, ct);
        return new ChunkResult(chunk.Segment, chunk.Index, Duplicate: false, segment.Bytes);
    }

    /// <summary>The body onto the segment, hashed on the way; a wrong checksum or a body other than declared is cut off again.</summary>
    private async Task<long> StreamOntoSegmentAsync(MediaKey key, long fromLength, IncomingChunk chunk, CancellationToken ct)
    {
        await using var hashing = new HashingReadStream(chunk.Body, HashAlgorithmName.SHA256);
        long appended;
        try
        {
            appended = await store.AppendAsync(key, fromLength, hashing, chunk.DeclaredBytes, ct);
        }
        catch (Exception ex) when (ex is MediaTooLargeException or IOException or OperationCanceledException)
        {
            store.Truncate(key, fromLength);
            throw ex is MediaTooLargeException
                ? new ChunkRejectedException(400, $"The chunk is longer than the {chunk.DeclaredBytes} bytes its Content-Length declared.")
                : ex;
        }

        var actual = hashing.HexHash();
        if (appended != chunk.DeclaredBytes || actual != chunk.Sha256)
        {
            store.Truncate(key, fromLength);
            throw new ChunkRejectedException(400, appended != chunk.DeclaredBytes
                ? $"The chunk was cut off: {appended} of {chunk.DeclaredBytes} bytes arrived; send it again."
                : "The chunk's checksum does not match its bytes; send it again.");
        }

        return appended;
    }

    /// <summary>
    /// The session's caps, before a byte is read: the bytes of every segment and the session clock at the chunk's end
    /// (the recorder's own report; the analysis measures the joined recording again against <c>Media:MaxDurationSeconds</c>).
    /// </summary>
    private async Task CheckSessionCapsAsync(LiveDbContext db, RecordingSegment segment, IncomingChunk chunk, CancellationToken ct)
    {
        var limits = media.Value;
        var stored = await db.Segments.Where(s => s.SessionId == segment.SessionId && s.Id != segment.Id).SumAsync(s => s.Bytes, ct) + segment.Bytes;
        if (stored + chunk.DeclaredBytes > limits.MaxLiveSessionBytes)
        {
            throw new ChunkRejectedException(413,
                $"This interview has reached its recording limit of {MediaLimits.FormatBytes(limits.MaxLiveSessionBytes)} ({MediaLimits.FormatBytes(stored)} stored; this chunk is {MediaLimits.FormatBytes(chunk.DeclaredBytes)}). End the interview to have it analysed.");
        }

        var clockSeconds = segment.OffsetSeconds + (chunk.RecordedSeconds ?? 0);
        if (clockSeconds > limits.MaxLiveSessionSeconds)
        {
            throw new ChunkRejectedException(422,
                $"This interview has reached its time limit of {MediaLimits.FormatDuration(limits.MaxLiveSessionSeconds)} (this chunk ends at {MediaLimits.FormatDuration(clockSeconds)}). End the interview to have it analysed.");
        }
    }

    private async Task<RecordingSegment> StartSegmentAsync(LiveDbContext db, PracticeSession session, int segmentIndex, string? mimeType, CancellationToken ct)
    {
        var previous = await db.Segments.Where(s => s.SessionId == session.Id).OrderByDescending(s => s.Index).FirstOrDefaultAsync(ct);
        var expected = previous is null ? 0 : previous.Index + 1;
        if (segmentIndex != expected)
        {
            throw new ChunkRejectedException(409, $"Segment {segmentIndex} cannot start here: the next segment is {expected}.");
        }

        var type = (mimeType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        var extension = type switch
        {
            "video/webm" or "audio/webm" => ".webm",
            "video/mp4" or "audio/mp4" => ".mp4",
            _ => throw new ChunkRejectedException(415, "Send chunks as the webm or mp4 the browser's MediaRecorder produced."),
        };
        var segment = new RecordingSegment
        {
            Id = Guid.NewGuid(),
            SessionId = session.Id,
            Index = segmentIndex,
            MediaPath = MediaKey.For(session.Id, $"segment-{segmentIndex}{extension}").Path,
            MimeType = mimeType!.Trim(),
            OffsetSeconds = previous is null ? 0 : previous.OffsetSeconds + previous.DurationSeconds,
            CreatedAt = clock.UtcNow,
        };
        db.Segments.Add(segment);
        session.Status = SessionStatus.InProgress;
        return segment;
    }
}
