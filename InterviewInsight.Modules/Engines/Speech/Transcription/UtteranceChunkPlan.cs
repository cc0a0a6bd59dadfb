using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Where an answer's audio is cut into utterances for the speech engine, decided from the VAD's speech segments alone,
/// so the same audio gives the same cuts whether they are planned while the candidate is still speaking (to transcribe
/// ahead) or once the answer has ended. Each chunk is decoded once and reused, so at the end of an answer only its
/// last few seconds are left to transcribe.
/// <para>
/// Chunks are at least <see cref="MinChunkSeconds"/> long and end just after the last word before a pause: PocketSphinx transcribes
/// short, silence-trimmed regions much worse than longer stretches with their pauses (see
/// <see cref="PocketSphinxSpeechToText"/>). A stretch with no pause is cut at <see cref="MaxChunkSeconds"/>.
/// </para>
/// </summary>
internal static class UtteranceChunkPlan
{
    public const double MinChunkSeconds = 8;
    public const double MaxChunkSeconds = 30;
    public const double MinPauseSeconds = 0.3;

    /// <summary>Silence kept after the last word, so the decoder hears the utterance end.</summary>
    public const double TrailingPadSeconds = 0.3;

    /// <summary>Audio that must follow a pause before it is trusted: the VAD may still join the speech around it.</summary>
    public const double SettleSeconds = 1.0;

    /// <summary>Silence after the last word before the audio so far is worth transcribing as if the answer had ended.</summary>
    public const double TrailingSilenceSeconds = 1.5;

    /// <param name="speech">Speech segments, seconds from the start of the audio.</param>
    /// <param name="duration">Length of the audio so far.</param>
    /// <param name="complete">The answer has ended; otherwise the audio is still growing and only settled cuts count.</param>
    public static IReadOnlyList<AudioChunk> Plan(IReadOnlyList<SpeechSegment> speech, double duration, bool complete)
    {
        var chunks = new List<AudioChunk>();
        if (speech.Count == 0)
        {
            return chunks;
        }

        var settled = complete ? duration : duration - SettleSeconds;
        var start = 0.0;
        for (var i = 0; i + 1 < speech.Count; i++)
        {
            var (pauseStart, pauseEnd) = (speech[i].End, speech[i + 1].Start);
            if (pauseEnd > settled)
            {
                return chunks;
            }

            // Just after the last word, not mid-pause: the chunk then ends where a chunk transcribed while the candidate
            // was pausing ended, and the next one keeps the rest of the pause as the lead-in silence the decoder needs.
            var cut = pauseStart + Math.Min(TrailingPadSeconds, (pauseEnd - pauseStart) / 2);
            if (!CutLongStretches(chunks, ref start, cut, settled))
            {
                return chunks;
            }

            if (pauseEnd - pauseStart >= MinPauseSeconds && cut - start >= MinChunkSeconds)
            {
                chunks.Add(new AudioChunk(start, cut));
                start = cut;
            }
        }

        var lastWordEnd = speech[^1].End;
        var end = Math.Min(duration, lastWordEnd + TrailingPadSeconds);
        var answerHasPaused = complete || lastWordEnd <= duration - TrailingSilenceSeconds;
        if (answerHasPaused && CutLongStretches(chunks, ref start, end, settled) && end > start)
        {
            chunks.Add(new AudioChunk(start, end));
        }

        return chunks;
    }

    /// <summary>Cuts every 30 s before <paramref name="until"/>; false when a cut would fall in audio not settled yet.</summary>
    private static bool CutLongStretches(List<AudioChunk> chunks, ref double start, double until, double settled)
    {
        while (until - start > MaxChunkSeconds)
        {
            var forced = start + MaxChunkSeconds;
            if (forced > settled)
            {
                return false;
            }

            chunks.Add(new AudioChunk(start, forced));
            start = forced;
        }

        return true;
    }
}

/// <summary>A stretch of audio decoded as one utterance, seconds from the start of the answer.</summary>
internal sealed record AudioChunk(double Start, double End)
{
    /// <summary>Same chunk give or take the few milliseconds two decodes of a growing file may differ by.</summary>
    public bool SameAs(AudioChunk other) => Math.Abs(Start - other.Start) < 0.05 && Math.Abs(End - other.End) < 0.05;
}
