using System.Text.Json;

namespace InterviewInsight.Modules.Shared.Media;

/// <summary>
/// A JSON file kept with a session's recording in the media store (work done ahead, such as transcribed chunks or
/// observed frames), deleted with the session like every derived file. It is only ever a head start: a missing or
/// damaged file reads as nothing, and the work is simply done again.
/// </summary>
public sealed class JsonBesideRecording(IMediaStore store)
{
    public T? Load<T>(MediaKey key, JsonSerializerOptions json)
        where T : class
    {
        if (!store.Exists(key))
        {
            return null;
        }

        try
        {
            using var stream = store.OpenRead(key);
            return JsonSerializer.Deserialize<T>(stream, json);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return null;
        }
    }

    public async Task SaveAsync<T>(MediaKey key, T value, JsonSerializerOptions json, CancellationToken ct)
    {
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(value, json));
        await store.WriteAsync(key, content, long.MaxValue, ct);
    }
}
