using System.Text.Json;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Live.Interview.Transcription;

/// <summary>
/// The chunks of one answer transcribed so far, kept with the recording (<c>sessions/{id}/answer-{start ms}-chunks.json</c>),
/// so the transcription at the end of the answer reuses the work done ahead.
/// </summary>
internal sealed class AnswerChunkCache(JsonBesideRecording files)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MediaKey KeyFor(Guid sessionId, double answerStartSeconds) =>
        MediaKey.For(sessionId, $"answer-{(long)Math.Round(answerStartSeconds * 1000)}-chunks.json");

    public IReadOnlyList<TranscribedChunk> Load(MediaKey key) => files.Load<List<TranscribedChunk>>(key, Json) ?? [];

    public Task SaveAsync(MediaKey key, IReadOnlyList<TranscribedChunk> chunks, CancellationToken ct) => files.SaveAsync(key, chunks, Json, ct);
}
