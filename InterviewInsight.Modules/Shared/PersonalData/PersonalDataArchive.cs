using System.IO.Compression;
using System.Text.Json;
using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Shared.PersonalData;

/// <summary>The zip a data export is written into; entry names are chosen by code, never by user input.</summary>
public sealed class PersonalDataArchive(ZipArchive zip)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public async Task AddJsonAsync<T>(string path, T value, CancellationToken ct)
    {
        await using var entry = await zip.CreateEntry(path, CompressionLevel.Optimal).OpenAsync(ct);
        await JsonSerializer.SerializeAsync(entry, value, Json, ct);
    }

    /// <summary>Text that is already JSON (a stored analysis result), written as it is.</summary>
    public async Task AddTextAsync(string path, string text, CancellationToken ct)
    {
        await using var entry = await zip.CreateEntry(path, CompressionLevel.Optimal).OpenAsync(ct);
        await using var writer = new StreamWriter(entry);
        await writer.WriteAsync(text.AsMemory(), ct);
    }

    /// <summary>Copies a stored media file (recordings are already compressed, so they are stored as they are).</summary>
    public async Task AddMediaAsync(string path, IMediaStore store, MediaKey key, CancellationToken ct)
    {
        if (!store.Exists(key))
        {
            return;
        }

        await using var source = store.OpenRead(key);
        await using var entry = await zip.CreateEntry(path, CompressionLevel.NoCompression).OpenAsync(ct);
        await source.CopyToAsync(entry, ct);
    }
}
