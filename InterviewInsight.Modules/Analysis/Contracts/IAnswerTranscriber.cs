using InterviewInsight.Modules.Shared.Media;

namespace InterviewInsight.Modules.Analysis.Contracts;

/// <summary>
/// Transcribes one answer as soon as it ends, for the live interviewer's next turn. Runs on the <c>interactive</c>
/// queue, so heavy analysis never delays it; the best available speech engine does the work and is named in the result.
/// </summary>
public interface IAnswerTranscriber
{
    /// <exception cref="TimeoutException">No worker finished it in time (for example, no process runs the interactive queue).</exception>
    /// <exception cref="InvalidOperationException">The audio could not be transcribed; the message says why.</exception>
    Task<AnswerTranscript> TranscribeAsync(AnswerAudio audio, CancellationToken ct = default);

    /// <summary>
    /// The answer is still being recorded (<see cref="AnswerAudio.End"/> = what is recorded so far): its finished
    /// utterances are transcribed in the background, so <see cref="TranscribeAsync"/> at its end has only the last few
    /// seconds left to do. Returns at once; calls faster than the work can use are ignored.
    /// </summary>
    void TranscribeAhead(AnswerAudio recordedSoFar);
}

/// <summary>A span of a recording segment; <paramref name="SegmentOffsetSeconds"/> places the segment on the session clock.</summary>
public sealed record AnswerAudio(Guid SessionId, MediaKey Media, double SegmentOffsetSeconds, double Start, double End);

/// <summary>The answer's words with times on the session clock.</summary>
public sealed record AnswerTranscript(string Text, IReadOnlyList<AnswerWord> Words, string Engine, bool LowAccuracy, double SpeechSeconds, double DurationSeconds);

public sealed record AnswerWord(string Text, double Start, double End, double Confidence);
