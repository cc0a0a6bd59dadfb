using System.Text.Json;
using System.Text.Json.Serialization;

namespace InterviewInsight.Modules.Engines.Models;

/// <summary>models/models.json: every model the app can use, with its hash, licence and where to get it.</summary>
internal sealed record ModelManifest(int SchemaVersion, IReadOnlyList<ModelEntry> Models)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The manifest shipped next to the app binaries (linked from the repository's models/models.json).</summary>
    public static string DefaultPath => Path.Combine(AppContext.BaseDirectory, "models", "models.json");

    public static ModelManifest Load(string path) =>
        JsonSerializer.Deserialize<ModelManifest>(File.ReadAllText(path), Json)
        ?? throw new InvalidDataException($"Model manifest '{path}' is empty.");
}

internal sealed record ModelEntry(
    string Name,
    string Engine,
    string File,
    long? Size,
    string? Sha256,
    string Licence,
    bool Required,
    IReadOnlyList<string> Sources)
{
    /// <summary>System packages (Debian) give absolute paths; everything else lives under Models:Path.</summary>
    [JsonIgnore]
    public bool IsSystemFile => File.StartsWith('/');

    public string FullPath(string modelsPath) => IsSystemFile ? File : Path.Combine(modelsPath, File);
}
