namespace InterviewInsight.Tests.Engines.Speech.Prosody;

/// <summary>Synthetic test signals at 16 kHz.</summary>
internal static class SyntheticVoice
{
    /// <summary>A tone whose frequency may change over time, with optional harmonics (amplitude 1/h each).</summary>
    public static float[] Tone(Func<double, double> hzAt, double seconds, int harmonics = 1, double amplitude = 0.3)
    {
        var samples = new float[(int)(seconds * 16000)];
        double phase = 0;
        for (var i = 0; i < samples.Length; i++)
        {
            phase += 2 * Math.PI * hzAt(i / 16000.0) / 16000;
            double value = 0;
            for (var h = 1; h <= harmonics; h++)
            {
                value += Math.Sin(h * phase) / h;
            }

            samples[i] = (float)(amplitude * value / (harmonics == 1 ? 1 : 1.5));
        }

        return samples;
    }
}
