using InterviewInsight.Modules.Engines.Speech.Audio;
using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Modules.Engines.Speech.Prosody;

/// <summary>
/// Frame-level pitch (Hz, NaN unvoiced) and energy (RMS dBFS over 25 ms) every 10 ms for a whole recording, computed
/// once and then summarised per span. Pitch is only tracked inside VAD speech so that noise never reads as voice.
/// </summary>
internal sealed record ProsodyTrack(double[] PitchHz, double[] EnergyDb, bool[] InSpeech)
{
    public const double FrameStepSeconds = YinPitchTracker.FrameStepSeconds;
    private const int EnergyWindowSamples = 400;

    public static ProsodyTrack Compute(float[] samples, IReadOnlyList<SpeechSegment> speech, YinPitchTracker? tracker = null)
    {
        var frames = samples.Length / YinPitchTracker.HopSamples;
        var inSpeech = new bool[frames];
        foreach (var segment in speech)
        {
            var first = Math.Max(0, (int)(segment.Start / FrameStepSeconds));
            var last = Math.Min(frames - 1, (int)(segment.End / FrameStepSeconds));
            for (var k = first; k <= last; k++)
            {
                inSpeech[k] = true;
            }
        }

        var pitch = (tracker ?? new YinPitchTracker()).Track(samples, k => inSpeech[k]);
        var energy = new double[frames];
        for (var k = 0; k < frames; k++)
        {
            var start = k * YinPitchTracker.HopSamples;
            var length = Math.Min(EnergyWindowSamples, samples.Length - start);
            energy[k] = AudioLevels.ToDb(AudioLevels.Rms(samples.AsSpan(start, length)));
        }

        return new ProsodyTrack(pitch, energy, inSpeech);
    }

    public int FrameAt(double seconds) => Math.Clamp((int)Math.Floor(seconds / FrameStepSeconds), 0, PitchHz.Length);
}
