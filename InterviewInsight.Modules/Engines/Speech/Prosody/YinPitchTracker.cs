using System.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace InterviewInsight.Modules.Engines.Speech.Prosody;

/// <summary>
/// YIN fundamental-frequency estimator (de Cheveigné &amp; Kawahara 2002) at 16 kHz: 10 ms hop, 32 ms integration window,
/// 75-400 Hz. The difference function is computed from an FFT cross-correlation (MathNet) so that an hour of audio takes
/// seconds, not minutes. Frames below the energy floor or without a clear period are unvoiced (NaN).
/// </summary>
internal sealed class YinPitchTracker
{
    public const int SampleRate = 16_000;
    public const int HopSamples = 160;
    public const double FrameStepSeconds = HopSamples / (double)SampleRate;

    private const int WindowSamples = 512;
    private const int FftSize = 1024;

    private readonly int minLag;
    private readonly int maxLag;
    private readonly double threshold;
    private readonly double minRms;

    /// <param name="minHz">Lowest pitch searched (75 Hz covers low male voices).</param>
    /// <param name="maxHz">Highest pitch searched (400 Hz covers high female voices).</param>
    /// <param name="threshold">YIN absolute threshold on the normalised difference; lower is stricter about voicing.</param>
    /// <param name="minRmsDb">Frames quieter than this (dBFS) are not analysed.</param>
    public YinPitchTracker(double minHz = 75, double maxHz = 400, double threshold = 0.15, double minRmsDb = -50)
    {
        minLag = (int)Math.Floor(SampleRate / maxHz);
        maxLag = (int)Math.Ceiling(SampleRate / minHz);
        this.threshold = threshold;
        minRms = Math.Pow(10, minRmsDb / 20);
        if (WindowSamples + maxLag + 1 > FftSize)
        {
            throw new ArgumentOutOfRangeException(nameof(minHz), $"Lowest pitch {minHz} Hz needs a longer analysis frame.");
        }
    }

    /// <summary>Pitch in Hz per 10 ms frame (frame k starts at k * 10 ms), NaN where unvoiced or not analysed.</summary>
    /// <param name="samples">16 kHz mono samples.</param>
    /// <param name="analyse">Which frames to analyse (e.g. inside VAD speech); all when null.</param>
    public double[] Track(float[] samples, Func<int, bool>? analyse = null)
    {
        var frames = samples.Length / HopSamples;
        var pitch = new double[frames];
        var a = new Complex[FftSize];
        var b = new Complex[FftSize];
        var difference = new double[maxLag + 2];
        var prefix = new double[FftSize + 1];
        for (var k = 0; k < frames; k++)
        {
            pitch[k] = double.NaN;
            var start = k * HopSamples;
            if (start + WindowSamples + maxLag + 1 > samples.Length || (analyse is not null && !analyse(k)))
            {
                continue;
            }

            pitch[k] = EstimateFrame(samples.AsSpan(start, WindowSamples + maxLag + 1), a, b, difference, prefix);
        }

        return pitch;
    }

    private double EstimateFrame(ReadOnlySpan<float> x, Complex[] a, Complex[] b, double[] difference, double[] prefix)
    {
        prefix[0] = 0;
        for (var i = 0; i < x.Length; i++)
        {
            prefix[i + 1] = prefix[i] + (x[i] * (double)x[i]);
        }

        if (Math.Sqrt(prefix[WindowSamples] / WindowSamples) < minRms)
        {
            return double.NaN;
        }

        Array.Clear(a);
        Array.Clear(b);
        for (var i = 0; i < x.Length; i++)
        {
            b[i] = x[i];
            if (i < WindowSamples)
            {
                a[i] = x[i];
            }
        }

        Fourier.Forward(a, FourierOptions.Matlab);
        Fourier.Forward(b, FourierOptions.Matlab);
        for (var i = 0; i < FftSize; i++)
        {
            b[i] = Complex.Conjugate(a[i]) * b[i];
        }

        Fourier.Inverse(b, FourierOptions.Matlab);

        // d(tau) = sum_j (x_j - x_{j+tau})^2 = E(0..W) + E(tau..tau+W) - 2 r(tau); then the cumulative-mean normalisation.
        var energy = prefix[WindowSamples];
        double running = 0;
        difference[0] = 1;
        for (var tau = 1; tau <= maxLag + 1; tau++)
        {
            var d = energy + (prefix[tau + WindowSamples] - prefix[tau]) - (2 * b[tau].Real);
            running += d;
            difference[tau] = running > 0 ? d * tau / running : 1;
        }

        for (var tau = minLag; tau <= maxLag; tau++)
        {
            if (difference[tau] >= threshold)
            {
                continue;
            }

            while (tau + 1 <= maxLag && difference[tau + 1] < difference[tau])
            {
                tau++;
            }

            return SampleRate / Refine(difference, tau);
        }

        return double.NaN;
    }

    /// <summary>Parabolic interpolation around the chosen minimum for sub-sample period accuracy.</summary>
    private static double Refine(double[] d, int tau)
    {
        var (left, centre, right) = (d[tau - 1], d[tau], d[tau + 1]);
        var denominator = left - (2 * centre) + right;
        return denominator > 0 ? tau + (0.5 * (left - right) / denominator) : tau;
    }
}
