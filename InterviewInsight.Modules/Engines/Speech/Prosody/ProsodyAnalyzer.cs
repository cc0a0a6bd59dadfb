using MathNet.Numerics.Statistics;

namespace InterviewInsight.Modules.Engines.Speech.Prosody;

/// <summary>Summarises a <see cref="ProsodyTrack"/> over one span (pure).</summary>
internal static class ProsodyAnalyzer
{
    public static PitchSummary Pitch(ProsodyTrack track, double spanStart, double spanEnd, ProsodyOptions? options = null)
    {
        options ??= ProsodyOptions.Default;
        var voiced = Voiced(track, track.FrameAt(spanStart), track.FrameAt(spanEnd));
        if (voiced.Count == 0)
        {
            return new PitchSummary(null, null, 0, []);
        }

        var median = voiced.Select(v => v.Hz).Median();
        var semitones = voiced.Select(v => Semitones(v.Hz, median)).ToList();
        return new PitchSummary(
            median,
            semitones.PopulationStandardDeviation(),
            voiced.Count * ProsodyTrack.FrameStepSeconds,
            MonotoneStretches(track, spanStart, spanEnd, options));
    }

    public static EnergySummary Energy(ProsodyTrack track, double spanStart, double spanEnd)
    {
        var levels = Enumerable.Range(track.FrameAt(spanStart), track.FrameAt(spanEnd) - track.FrameAt(spanStart))
            .Where(k => track.InSpeech[k])
            .Select(k => track.EnergyDb[k])
            .ToList();
        return levels.Count == 0
            ? new EnergySummary(null, null, null)
            : new EnergySummary(levels.Mean(), levels.PopulationStandardDeviation(), levels.Percentile(95));
    }

    /// <summary>Median voiced pitch in [start, end), or null.</summary>
    public static double? MedianPitch(ProsodyTrack track, double start, double end)
    {
        var voiced = Voiced(track, track.FrameAt(start), track.FrameAt(end));
        return voiced.Count == 0 ? null : voiced.Select(v => v.Hz).Median();
    }

    public static double Semitones(double hz, double referenceHz) => 12 * Math.Log2(hz / referenceHz);

    private static List<MonotoneStretch> MonotoneStretches(ProsodyTrack track, double spanStart, double spanEnd, ProsodyOptions options)
    {
        var stretches = new List<MonotoneStretch>();
        var minFrames = options.MinVoicedSecondsPerWindow / ProsodyTrack.FrameStepSeconds;
        for (var start = spanStart; start + options.MonotoneWindowSeconds <= spanEnd + 1e-9; start += 1)
        {
            var end = start + options.MonotoneWindowSeconds;
            var voiced = Voiced(track, track.FrameAt(start), track.FrameAt(end));
            if (voiced.Count < minFrames)
            {
                continue;
            }

            var median = voiced.Select(v => v.Hz).Median();
            var std = voiced.Select(v => Semitones(v.Hz, median)).PopulationStandardDeviation();
            if (std >= options.MonotoneMaxStdSemitones)
            {
                continue;
            }

            if (stretches.Count > 0 && stretches[^1].End >= start)
            {
                var last = stretches[^1];
                stretches[^1] = new MonotoneStretch(last.Start, end, Math.Max(last.StdSemitones, std));
            }
            else
            {
                stretches.Add(new MonotoneStretch(start, end, std));
            }
        }

        return stretches;
    }

    private static List<(int Frame, double Hz)> Voiced(ProsodyTrack track, int first, int end)
    {
        var voiced = new List<(int, double)>();
        for (var k = first; k < end; k++)
        {
            if (!double.IsNaN(track.PitchHz[k]))
            {
                voiced.Add((k, track.PitchHz[k]));
            }
        }

        return voiced;
    }
}
