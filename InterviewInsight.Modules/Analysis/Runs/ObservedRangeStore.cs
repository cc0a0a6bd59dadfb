using System.Text.Json;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Analysis.Runs;

/// <summary>
/// Each answer's video observations made ahead, kept with the recording (<c>sessions/{id}/frames-{answer}.json</c>) until
/// the session's run merges them; deleted with the session like every derived file.
/// </summary>
internal sealed class ObservedRangeStore(IMediaStore store)
{
    // OpenCvSharp's sizes and rectangles are structs with public fields.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { IncludeFields = true };

    public static MediaKey KeyFor(Guid sessionId, Guid answerId) => MediaKey.For(sessionId, $"frames-{answerId:N}.json");

    public ObservedRange? Load(MediaKey key)
    {
        if (!store.Exists(key))
        {
            return null;
        }

        try
        {
            using var stream = store.OpenRead(key);
            return JsonSerializer.Deserialize<ObservedRange>(stream, Json);
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            // Only ever a head start: a damaged file means that stretch is analysed again.
            return null;
        }
    }

    public async Task SaveAsync(MediaKey key, ObservedRange range, CancellationToken ct)
    {
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(range, Json));
        await store.WriteAsync(key, content, long.MaxValue, ct);
    }
}
