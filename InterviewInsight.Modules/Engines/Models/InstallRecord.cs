using System.Text.Json;
using InterviewInsight.Modules.Engines.Models.Sources;

namespace InterviewInsight.Modules.Engines.Models;

/// <summary>
/// installed-sources.json in Models:Path: for each file `models install` put there, where it came from and its hash,
/// so `models status` and /admin/status can say "npm", "nuget", "derived from npm", "--from", ... per model.
/// </summary>
internal sealed class InstallRecord
{
    public const string FileName = "installed-sources.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly string path;
    private readonly Dictionary<string, InstalledFrom> entries;

    private InstallRecord(string path, Dictionary<string, InstalledFrom> entries)
    {
        this.path = path;
        this.entries = entries;
    }

    public static InstallRecord Load(string modelsPath)
    {
        var path = Path.Combine(modelsPath, FileName);
        try
        {
            var entries = File.Exists(path) ? JsonSerializer.Deserialize<Dictionary<string, InstalledFrom>>(File.ReadAllText(path), Json) : null;
            return new InstallRecord(path, entries ?? []);
        }
        catch (JsonException)
        {
            return new InstallRecord(path, []); // a damaged record only loses the origins, never the models
        }
    }

    /// <summary>The origin recorded for a file whose hash is <paramref name="sha256"/>; "present" without a matching record.</summary>
    public string OriginOf(string name, string? sha256) =>
        entries.TryGetValue(name, out var from) && (sha256 is null || from.Sha256 == sha256) ? from.Origin : ModelOrigins.Present;

    public void Set(string name, string origin, string source, string sha256) => entries[name] = new InstalledFrom(origin, source, sha256);

    public void Save()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(entries, Json));
    }
}

internal sealed record InstalledFrom(string Origin, string Source, string Sha256);
