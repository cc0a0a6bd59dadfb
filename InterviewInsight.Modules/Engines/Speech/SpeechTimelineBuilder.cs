using InterviewInsight.Modules.Engines.Speech.Pauses;
using InterviewInsight.Modules.Engines.Speech.Prosody;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;
using InterviewInsight.Modules.Engines.Speech.Words;
using MathNet.Numerics.Statistics;

namespace InterviewInsight.Modules.Engines.Speech;

/// <summary>Builds the 1 s timeline series (pure).</summary>
internal static class SpeechTimelineBuilder
{
    public static SpeechTimeline Build(
        double duration,
        IReadOnlyList<TranscriptWord> words,
        IReadOnlyList<TimedPhrase> fillers,
        IReadOnlyList<SpeechSegment> segments,
        ProsodyTrack track,
        double wpmWindowSeconds)
    {
        var seconds = (int)Math.Ceiling(duration);
        var countedWords = Token.From(words).Where(t => !TokenPatterns.VocalFillers.Contains(t.Text)).Select(t => (t.Word.Start + t.Word.End) / 2).ToList();
        var wpm = new double?[seconds];
        var pitch = new double?[seconds];
        var energy = new double?[seconds];
        var fillerCounts = new double?[seconds];
        var speech = new double?[seconds];
        for (var i = 0; i < seconds; i++)
        {
            // A centred window: one-second word counts are too coarse to read as a pace.
            var centre = i + 0.5;
            var (from, to) = (centre - (wpmWindowSeconds / 2), centre + (wpmWindowSeconds / 2));
            wpm[i] = countedWords.Count(t => t >= from && t < to) * 60 / wpmWindowSeconds;
            pitch[i] = ProsodyAnalyzer.MedianPitch(track, i, i + 1);
            var frames = Enumerable.Range(track.FrameAt(i), track.FrameAt(i + 1) - track.FrameAt(i)).Select(k => track.EnergyDb[k]).ToList();
            energy[i] = frames.Count > 0 ? frames.Mean() : null;
            fillerCounts[i] = fillers.Count(f => f.Start >= i && f.Start < i + 1);
            speech[i] = PauseStatistics.Clip(segments, i, Math.Min(i + 1, duration)).Sum(s => s.Duration) / Math.Max(1e-9, Math.Min(1, duration - i));
        }

        return new SpeechTimeline(1, new Dictionary<string, double?[]>(StringComparer.Ordinal)
        {
            ["wpm"] = wpm,
            ["pitchHz"] = pitch,
            ["energyDb"] = energy,
            ["fillers"] = fillerCounts,
            ["speech"] = speech,
        });
    }
}
