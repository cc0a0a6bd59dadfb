namespace InterviewInsight.Modules.Tooling.LiveBenchmarks;

/// <summary>
/// Where each media block of a WebM file starts and what time it carries, read from the EBML structure. Cutting only at
/// these positions gives chunks like MediaRecorder's: whole blocks, a cluster header travelling with its first block.
/// Handles the live layout (segment and clusters of unknown size) that Chromium and <c>ffmpeg -live 1</c> write.
/// </summary>
internal static class WebmBlockIndex
{
    private const long EbmlHeaderId = 0x1A45DFA3;
    private const long SegmentId = 0x18538067;
    private const long InfoId = 0x1549A966;
    private const long TimecodeScaleId = 0x2AD7B1;
    private const long ClusterId = 0x1F43B675;
    private const long ClusterTimecodeId = 0xE7;
    private const long SimpleBlockId = 0xA3;
    private const long BlockGroupId = 0xA0;
    private const long BlockId = 0xA1;

    /// <summary>Cut points in file order: a byte position and the time (seconds) of the block that starts there.</summary>
    public static IReadOnlyList<(long Position, double Seconds)> Read(byte[] file)
    {
        var units = new List<(long, double)>();
        long nanosecondsPerTick = 1_000_000;
        long clusterStart = -1;
        long clusterTicks = 0;
        var firstInCluster = false;
        long pos = 0;
        while (pos < file.Length)
        {
            var start = pos;
            var id = ReadId(file, ref pos);
            var size = ReadSize(file, ref pos);
            switch (id)
            {
                case SegmentId or InfoId:
                    continue; // step inside: their children are read in turn
                case ClusterId:
                    clusterStart = start;
                    firstInCluster = true;
                    continue;
                case TimecodeScaleId:
                    nanosecondsPerTick = (long)ReadUnsigned(file, pos, size!.Value);
                    break;
                case ClusterTimecodeId:
                    clusterTicks = (long)ReadUnsigned(file, pos, size!.Value);
                    break;
                case SimpleBlockId or BlockGroupId:
                    var blockData = id == SimpleBlockId ? pos : FindBlock(file, pos, pos + size!.Value);
                    var ticks = clusterTicks + RelativeTicks(file, blockData);
                    units.Add((firstInCluster ? clusterStart : start, ticks * nanosecondsPerTick / 1e9));
                    firstInCluster = false;
                    break;
                case EbmlHeaderId:
                    break;
            }

            pos += size ?? throw new InvalidDataException($"WebM element 0x{id:X} at byte {start} has an unknown size and cannot be skipped.");
        }

        return units;
    }

    private static long FindBlock(byte[] file, long pos, long end)
    {
        while (pos < end)
        {
            var id = ReadId(file, ref pos);
            var size = ReadSize(file, ref pos) ?? throw new InvalidDataException("A WebM block group has a child of unknown size.");
            if (id == BlockId)
            {
                return pos;
            }

            pos += size;
        }

        throw new InvalidDataException("A WebM block group has no block.");
    }

    /// <summary>A block starts with its track number (a size-style varint) and a signed 16-bit time relative to the cluster.</summary>
    private static long RelativeTicks(byte[] file, long blockData)
    {
        var pos = blockData;
        _ = ReadSize(file, ref pos);
        return (short)((file[pos] << 8) | file[pos + 1]);
    }

    private static long ReadId(byte[] file, ref long pos)
    {
        var length = LeadingLength(file[pos], maxLength: 4);
        long id = 0;
        for (var i = 0; i < length; i++)
        {
            id = (id << 8) | file[pos++];
        }

        return id;
    }

    /// <summary>An EBML size; null for the reserved all-ones value that means "unknown" (a live stream).</summary>
    private static long? ReadSize(byte[] file, ref long pos)
    {
        var length = LeadingLength(file[pos], maxLength: 8);
        long value = file[pos++] & (0xFF >> length);
        var allOnes = value == (0xFF >> length);
        for (var i = 1; i < length; i++)
        {
            allOnes &= file[pos] == 0xFF;
            value = (value << 8) | file[pos++];
        }

        return allOnes ? null : value;
    }

    private static int LeadingLength(byte first, int maxLength)
    {
        for (var length = 1; length <= maxLength; length++)
        {
            if ((first & (0x80 >> (length - 1))) != 0)
            {
                return length;
            }
        }

        throw new InvalidDataException("Not a WebM file: an EBML number is longer than allowed.");
    }

    private static ulong ReadUnsigned(byte[] file, long pos, long size)
    {
        ulong value = 0;
        for (var i = 0; i < size; i++)
        {
            value = (value << 8) | file[pos + i];
        }

        return value;
    }
}
