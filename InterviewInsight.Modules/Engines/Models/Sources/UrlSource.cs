using System.IO.Compression;

namespace InterviewInsight.Modules.Engines.Models.Sources;

/// <summary>"url:address[#zip:member]": a public address (the upgrade path where the internet is reachable).</summary>
internal sealed class UrlSource(HttpClient? http = null) : IModelSource
{
    private const string Prefix = "url:";

    // One client for every download of the process: a client per fetch would leave its connections behind each time.
    private static readonly HttpClient SharedClient = new() { Timeout = TimeSpan.FromMinutes(10) };

    public string Origin => "url";

    public bool Handles(string source) => source.StartsWith(Prefix, StringComparison.Ordinal);

    public async Task FetchAsync(string source, string destination, CancellationToken ct)
    {
        var spec = source[Prefix.Length..];
        var hash = spec.IndexOf("#zip:", StringComparison.Ordinal);
        var url = hash < 0 ? spec : spec[..hash];
        var client = http ?? SharedClient;
        await using (var body = await client.GetStreamAsync(url, ct))
        await using (var output = File.Create(destination))
        {
            await body.CopyToAsync(output, ct);
        }

        if (hash >= 0)
        {
            var member = spec[(hash + 5)..];
            var archive = destination + ".zip";
            File.Move(destination, archive, overwrite: true);
            try
            {
                using var zip = ZipFile.OpenRead(archive);
                var zipEntry = zip.GetEntry(member) ?? throw new InvalidDataException($"{member} is not in {url}");
                zipEntry.ExtractToFile(destination, overwrite: true);
            }
            finally
            {
                File.Delete(archive);
            }
        }
    }
}
