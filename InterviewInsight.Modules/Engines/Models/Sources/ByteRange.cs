namespace InterviewInsight.Modules.Engines.Models.Sources;

/// <summary>
/// A half-open byte range [Start, End) of a package member, written "#bytes=START-END" after an npm source: for a
/// model packed into a larger file (FaceMesh v1 is the first 2,439,276 bytes of MediaPipe's packed assets).
/// </summary>
internal readonly record struct ByteRange(long Start, long End)
{
    public const string Marker = "#bytes=";

    public long Length => End - Start;

    /// <summary>Splits "spec#bytes=S-E" into the spec and its range (null when there is none).</summary>
    public static (string Spec, ByteRange? Range) Parse(string source)
    {
        var at = source.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return (source, null);
        }

        var bounds = source[(at + Marker.Length)..].Split('-');
        if (bounds.Length != 2 || !long.TryParse(bounds[0], out var start) || !long.TryParse(bounds[1], out var end) || start < 0 || end <= start)
        {
            throw new InvalidDataException($"'{source}': expected {Marker}START-END with START < END");
        }

        return (source[..at], new ByteRange(start, end));
    }

    /// <summary>Copies the range from a forward-only stream; fails if the stream ends before it.</summary>
    public async Task CopyAsync(Stream input, Stream output, CancellationToken ct)
    {
        var buffer = new byte[81920];
        await SkipAsync(input, Start, buffer, ct);
        var left = Length;
        while (left > 0)
        {
            var read = await input.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), ct);
            if (read == 0)
            {
                throw new InvalidDataException($"the member ends {left} bytes before the end of range {Start}-{End}");
            }

            await output.WriteAsync(buffer.AsMemory(0, read), ct);
            left -= read;
        }
    }

    private static async Task SkipAsync(Stream input, long count, byte[] buffer, CancellationToken ct)
    {
        while (count > 0)
        {
            var read = await input.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, count)), ct);
            if (read == 0)
            {
                throw new InvalidDataException("the member ends before the start of the range");
            }

            count -= read;
        }
    }
}
