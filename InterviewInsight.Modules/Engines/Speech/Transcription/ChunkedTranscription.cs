using InterviewInsight.Modules.Engines.Speech.Audio;

namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Transcribes the chunks of an <see cref="UtteranceChunkPlan"/> one by one, skipping those already transcribed, and
/// hands each new one to a callback as soon as it is done (so work done ahead survives a cancellation).
/// </summary>
internal static class ChunkedTranscription
{
    public static async Task<IReadOnlyList<TranscribedChunk>> TranscribeAsync(
        ISpeechToText stt,
        float[] samples16k,
        IReadOnlyList<AudioChunk> plan,
        IReadOnlyList<TranscribedChunk> done,
        Func<TranscribedChunk, Task>? onTranscribed,
        CancellationToken ct)
    {
        var result = new List<TranscribedChunk>();
        foreach (var chunk in plan)
        {
            var reused = done.FirstOrDefault(d => d.Engine == stt.Engine && d.Chunk.SameAs(chunk));
            if (reused is not null)
            {
                result.Add(reused);
                continue;
            }

            ct.ThrowIfCancellationRequested();
            var from = Math.Clamp((int)(chunk.Start * WavReader.SampleRate), 0, samples16k.Length);
            var to = Math.Clamp((int)(chunk.End * WavReader.SampleRate), from, samples16k.Length);
            var transcript = await stt.TranscribeAsync(samples16k[from..to], ct);
            var transcribed = new TranscribedChunk(chunk, stt.Engine,
                [.. transcript.Words.Select(w => w with { Start = w.Start + chunk.Start, End = w.End + chunk.Start })]);
            result.Add(transcribed);
            if (onTranscribed is not null)
            {
                await onTranscribed(transcribed);
            }
        }

        return result;
    }

    /// <summary>The chunks' words as one transcript, in order.</summary>
    public static Transcript Join(IReadOnlyList<TranscribedChunk> chunks, ISpeechToText stt)
    {
        var words = chunks.OrderBy(c => c.Chunk.Start).SelectMany(c => c.Words).ToList();
        return new Transcript(string.Join(' ', words.Select(w => w.Text)), words, stt.Engine, stt.IsLowAccuracy);
    }
}

/// <summary>A chunk and its words, times in seconds from the start of the answer.</summary>
internal sealed record TranscribedChunk(AudioChunk Chunk, string Engine, IReadOnlyList<TranscriptWord> Words);
