namespace InterviewInsight.Modules.Engines.Speech.Audio;

/// <summary>Level helpers in dBFS (0 dB = full scale sine peak of 1.0).</summary>
internal static class AudioLevels
{
    /// <summary>Floor used instead of minus infinity so that digital silence still serialises as a number.</summary>
    public const double SilenceFloorDb = -120;

    public static double ToDb(double amplitude) =>
        amplitude <= 0 ? SilenceFloorDb : Math.Max(SilenceFloorDb, 20 * Math.Log10(amplitude));

    public static double Rms(ReadOnlySpan<float> samples)
    {
        if (samples.IsEmpty)
        {
            return 0;
        }

        double sum = 0;
        foreach (var s in samples)
        {
            sum += s * (double)s;
        }

        return Math.Sqrt(sum / samples.Length);
    }

    public static double Peak(ReadOnlySpan<float> samples)
    {
        double peak = 0;
        foreach (var s in samples)
        {
            peak = Math.Max(peak, Math.Abs(s));
        }

        return peak;
    }

    public static int ToSampleIndex(double seconds, int length) =>
        Math.Clamp((int)Math.Round(seconds * WavReader.SampleRate), 0, length);
}
