namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Splits long audio into windows of at most 30 s. Each cut goes at the quietest 20 ms stretch of the last 5 s
/// of the window, so a cut rarely lands inside a word (Whisper would garble a word split across windows).
/// </summary>
internal static class WhisperWindowPlanner
{
    private const int EnergyFrameSamples = WhisperLogMel.SampleRate / 50;
    private const int SearchSamples = 5 * WhisperLogMel.SampleRate;

    public static IReadOnlyList<(int Start, int Length)> Plan(ReadOnlySpan<float> samples)
    {
        var windows = new List<(int, int)>();
        var start = 0;
        while (samples.Length - start > WhisperLogMel.WindowSamples)
        {
            var cut = QuietestCutPoint(samples, start + WhisperLogMel.WindowSamples - SearchSamples, start + WhisperLogMel.WindowSamples);
            windows.Add((start, cut - start));
            start = cut;
        }

        if (samples.Length - start > 0)
        {
            windows.Add((start, samples.Length - start));
        }

        return windows;
    }

    // Returns the centre of the lowest-energy frame so that half a frame of silence stays on each side.
    private static int QuietestCutPoint(ReadOnlySpan<float> samples, int from, int to)
    {
        var bestCut = to;
        var bestEnergy = double.PositiveInfinity;
        for (var frame = from; frame + EnergyFrameSamples <= to; frame += EnergyFrameSamples)
        {
            var energy = 0.0;
            foreach (var s in samples.Slice(frame, EnergyFrameSamples))
            {
                energy += s * s;
            }

            // Strictly lower keeps the earliest of equally quiet frames: deterministic and leaves more room.
            if (energy < bestEnergy)
            {
                bestEnergy = energy;
                bestCut = frame + (EnergyFrameSamples / 2);
            }
        }

        return bestCut;
    }
}
