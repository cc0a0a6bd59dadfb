using System.Buffers.Binary;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace InterviewInsight.Modules.Engines.Models.Sources;

/// <summary>
/// Reads a managed resource embedded in a .NET assembly file without loading the assembly: the CLI header's resources
/// directory holds each resource at its manifest offset as a 4-byte little-endian length followed by the bytes.
/// </summary>
internal static class ManagedResourceReader
{
    /// <summary>Names of the resources embedded in the file itself.</summary>
    public static IReadOnlyList<string> Names(string assemblyPath)
    {
        using var pe = new PEReader(File.OpenRead(assemblyPath));
        var metadata = pe.GetMetadataReader();
        return [.. metadata.ManifestResources
            .Select(metadata.GetManifestResource)
            .Where(r => r.Implementation.IsNil)
            .Select(r => metadata.GetString(r.Name))];
    }

    /// <summary>Copies the resource's bytes to <paramref name="output"/>, streaming (the MiniLM model is 90 MB).</summary>
    public static async Task CopyAsync(string assemblyPath, string resourceName, Stream output, CancellationToken ct)
    {
        long start;
        using (var pe = new PEReader(File.OpenRead(assemblyPath)))
        {
            var metadata = pe.GetMetadataReader();
            var resource = metadata.ManifestResources
                .Select(metadata.GetManifestResource)
                .Where(r => r.Implementation.IsNil && metadata.GetString(r.Name) == resourceName)
                .Select(r => (ManifestResource?)r)
                .FirstOrDefault()
                ?? throw new InvalidDataException($"{Path.GetFileName(assemblyPath)} has no embedded resource '{resourceName}'");
            var directory = pe.PEHeaders.CorHeader?.ResourcesDirectory
                ?? throw new InvalidDataException($"{Path.GetFileName(assemblyPath)} is not a .NET assembly");
            if (!pe.PEHeaders.TryGetDirectoryOffset(directory, out var directoryOffset))
            {
                throw new InvalidDataException($"{Path.GetFileName(assemblyPath)} has no resources directory");
            }

            start = directoryOffset + resource.Offset;
        }

        await using var file = File.OpenRead(assemblyPath);
        file.Position = start;
        var lengthBytes = new byte[4];
        await file.ReadExactlyAsync(lengthBytes, ct);
        var length = BinaryPrimitives.ReadUInt32LittleEndian(lengthBytes);
        if (start + 4 + length > file.Length)
        {
            throw new InvalidDataException($"Resource '{resourceName}' runs past the end of {Path.GetFileName(assemblyPath)}");
        }

        var buffer = new byte[81920];
        long left = length;
        while (left > 0)
        {
            var read = await file.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), ct);
            await output.WriteAsync(buffer.AsMemory(0, read), ct);
            left -= read;
        }
    }
}
