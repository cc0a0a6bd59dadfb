using System.Collections.Concurrent;
using System.Security.Cryptography;
using InterviewInsight.Modules.Live.Contracts;
using InterviewInsight.Modules.Live.Data;
using InterviewInsight.Modules.Live.Interview;
using InterviewInsight.Modules.Shared.Media;
using InterviewInsight.Modules.Shared.Time;
using Microsoft.EntityFrameworkCore;

namespace InterviewInsight.Modules.Live.Recording;

/// <summary>
/// Appends MediaRecorder chunks to a live session's segment files (docs/architecture.md, "How a recording flows"): append-only, in order,
/// checksummed and idempotent. A chunk already stored with the same checksum is acknowledged again; one that would
/// leave a gap is refused with the index expected, so the browser re-sends what is missing.
/// </summary>
internal sealed class ChunkReceiver(IDbContextFactory<LiveDbContext> dbs, IMediaStore store, AnswerListener listener, IClock clock)
{
    public const int MaxChunkBytes = 32 * 1024 * 1024;
    private static readonly ConcurrentDictionary<Guid, SemaphoreSlim> SessionGates = new();

    public async Task<ChunkResult> ReceiveAsync(
        string ownerId, Guid sessionId, int segmentIndex, int index, string? mimeType, string? sha256, double? recordedSeconds, byte[] bytes, CancellationToken ct)
    {
        if (bytes.Length == 0)
        {
            throw new ChunkRejectedException(400, "The chunk is empty.");
        }

        var actual = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!string.Equals(actual, sha256?.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            throw new ChunkRejectedException(400, "The chunk's checksum does not match its bytes; send it again.");
        }

        // One chunk at a time per session: a retry racing its original must not append the same bytes twice.
        var gate = SessionGates.GetOrAdd(sessionId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(ct);
        try
        {
            return await AppendAsync(ownerId, sessionId, segmentIndex, index, mimeType, actual, recordedSeconds, bytes, ct);
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<ChunkResult> AppendAsync(
        string ownerId, Guid sessionId, int segmentIndex, int index, string? mimeType, string actual, double? recordedSeconds, byte[] bytes, CancellationToken ct)
    {
        await using var db = await dbs.CreateDbContextAsync(ct);
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.OwnerId == ownerId, ct)
            ?? throw new ChunkRejectedException(404, "No such session.");
        if (session.Kind != SessionKind.Live || session.Status == SessionStatus.Ended)
        {
            throw new ChunkRejectedException(409, "This session is not recording.");
        }

        var segment = await db.Segments.SingleOrDefaultAsync(s => s.SessionId == sessionId && s.Index == segmentIndex, ct)
            ?? await StartSegmentAsync(db, session, segmentIndex, mimeType, ct);
        var existing = await db.Chunks.AsNoTracking().SingleOrDefaultAsync(c => c.SegmentId == segment.Id && c.Index == index, ct);
        if (existing is not null)
        {
            return existing.Sha256 == actual
                ? new ChunkResult(segmentIndex, index, Duplicate: true, segment.Bytes)
                : throw new ChunkRejectedException(409, $"Chunk {index} was already stored with different content.");
        }

        if (index != segment.ChunkCount)
        {
            throw new ChunkRejectedException(409, $"Chunk {index} is out of order: the next chunk expected is {segment.ChunkCount}.");
        }

        // The file and the rows move together: the file grows only by a chunk the database is about to record, and a
        // crash between the two leaves bytes past the recorded length, which the next append truncates away.
        var key = MediaKey.TryParse(segment.MediaPath, out var k) ? k : throw new InvalidOperationException("Bad segment media path.");
        if (store.Exists(key) && store.Length(key) > segment.Bytes)
        {
            using var file = new FileStream(store.LocalPath(key), FileMode.Open, FileAccess.Write);
            file.SetLength(segment.Bytes);
        }

        await store.AppendAsync(key, bytes, ct);
        segment.Bytes += bytes.Length;
        segment.ChunkCount++;
        segment.DurationSeconds = Math.Max(segment.DurationSeconds, recordedSeconds ?? 0);
        db.Chunks.Add(new RecordingChunk { SegmentId = segment.Id, Index = index, Size = bytes.Length, Sha256 = actual, ReceivedAt = clock.UtcNow });
        await db.SaveChangesAsync(ct);
        await listener.RecordingGrewAsync(db, session, segment, ct);
        return new ChunkResult(segmentIndex, index, Duplicate: false, segment.Bytes);
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
