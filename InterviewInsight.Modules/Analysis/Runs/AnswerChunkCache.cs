using System.Text.Json;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Analysis.Runs;

/// <summary>
/// The chunks of one answer transcribed so far, kept with the recording (<c>sessions/{id}/answer-{start ms}-chunks.json</c>),
/// so the transcription at the end of the answer reuses the work done ahead in whichever worker process did it.
/// </summary>
internal sealed class AnswerChunkCache(IMediaStore store)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MediaKey KeyFor(Guid sessionId, double answerStartSeconds) =>
        MediaKey.For(sessionId, $"answer-{(long)Math.Round(answerStartSeconds * 1000)}-chunks.json");

    public IReadOnlyList<TranscribedChunk> Load(MediaKey key)
    {
        if (!store.Exists(key))
        {
            return [];
        }

        try
        {
            using var stream = store.OpenRead(key);
            return JsonSerializer.Deserialize<List<TranscribedChunk>>(stream, Json) ?? [];
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            // Only ever a head start: a damaged file means the chunks are transcribed again.
            return [];
        }
    }

    public async Task SaveAsync(MediaKey key, IReadOnlyList<TranscribedChunk> chunks, CancellationToken ct)
    {
        using var content = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(chunks, Json));
        await store.WriteAsync(key, content, long.MaxValue, ct);
    }
}
