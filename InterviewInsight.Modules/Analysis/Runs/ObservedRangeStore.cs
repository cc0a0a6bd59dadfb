using System.Text.Json;
using InterviewInsight.Modules.Engines.Vision;
using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Analysis.Runs;

/// <summary>
/// Each answer's video observations made ahead, kept with the recording (<c>sessions/{id}/frames-{answer}.json</c>) until
/// the session's run merges them.
/// </summary>
internal sealed class ObservedRangeStore(JsonBesideRecording files)
{
    // OpenCvSharp's sizes and rectangles are structs with public fields.
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { IncludeFields = true };

    public static MediaKey KeyFor(Guid sessionId, Guid answerId) => MediaKey.For(sessionId, $"frames-{answerId:N}.json");

    public ObservedRange? Load(MediaKey key) => files.Load<ObservedRange>(key, Json);

    public Task SaveAsync(MediaKey key, ObservedRange range, CancellationToken ct) => files.SaveAsync(key, range, Json, ct);
}
