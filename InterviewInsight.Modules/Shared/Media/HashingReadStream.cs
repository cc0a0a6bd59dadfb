using System.Security.Cryptography;

namespace InterviewInsight.Modules.Shared.Media;

/// <summary>
/// Reads through to another stream and hashes what passes (a chunk checked against its SHA-256 while it streams to the
/// store, never held whole in memory). Unlike <see cref="CryptoStream"/> it never flushes or disposes the inner stream.
/// </summary>
public sealed class HashingReadStream(Stream inner, HashAlgorithmName algorithm) : Stream
{
    private readonly IncrementalHash hash = IncrementalHash.CreateHash(algorithm);

    /// <summary>The hash of everything read so far, lower-case hex.</summary>
    public string HexHash() => Convert.ToHexStringLower(hash.GetCurrentHash());

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await inner.ReadAsync(buffer, cancellationToken);
        hash.AppendData(buffer.Span[..read]);
        return read;
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var read = inner.Read(buffer, offset, count);
        hash.AppendData(buffer, offset, read);
        return read;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
