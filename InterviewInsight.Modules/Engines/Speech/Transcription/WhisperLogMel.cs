using System.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Whisper's audio front end (openai/whisper audio.py log_mel_spectrogram): one 30 s window of 16 kHz audio
/// becomes an 80 x 3000 log-mel matrix, the encoder's input_features.
/// </summary>
internal static class WhisperLogMel
{
    public const int SampleRate = 16_000;
    public const int WindowSamples = 30 * SampleRate;
    public const int FftSize = 400;
    public const int HopLength = 160;
    public const int MelBins = 80;
    public const int Frames = WindowSamples / HopLength;

    private const int SpectrumBins = (FftSize / 2) + 1;
    private const double LogFloor = 1e-10;
    private const double DynamicRangeLog10 = 8.0;

    private static readonly double[] PeriodicHann = Enumerable.Range(0, FftSize)
        .Select(n => 0.5 - (0.5 * Math.Cos(2.0 * Math.PI * n / FftSize)))
        .ToArray();

    public static SlaneyMelFilterBank FilterBank { get; } =
        SlaneyMelFilterBank.Create(SampleRate, FftSize, MelBins, 0.0, SampleRate / 2.0);

    /// <summary>
    /// Pads (with zeros) or trims <paramref name="samples"/> to 30 s and returns the features row-major
    /// as [mel, frame], i.e. the layout of a [1, 80, 3000] tensor.
    /// </summary>
    public static float[] Compute(ReadOnlySpan<float> samples)
    {
        var padded = ReflectPad(samples);
        var melPower = new double[MelBins * Frames];
        var packed = new Complex[FftSize];
        var powerA = new double[SpectrumBins];
        var powerB = new double[SpectrumBins];
        var mel = new double[MelBins];

        // STFT with center=True yields 3001 frames; Whisper drops the last one. Two real frames share one complex
        // FFT (frame a in the real part, frame b in the imaginary part), which halves the FFT work.
        for (var t = 0; t < Frames; t += 2)
        {
            var a = t * HopLength;
            var b = a + HopLength;
            for (var n = 0; n < FftSize; n++)
            {
                packed[n] = new Complex(padded[a + n] * PeriodicHann[n], padded[b + n] * PeriodicHann[n]);
            }

            // Matlab options = unscaled forward transform, the same convention as numpy/torch.
            Fourier.Forward(packed, FourierOptions.Matlab);
            UnpackPowerSpectra(packed, powerA, powerB);

            FilterBank.Apply(powerA, mel);
            StoreFrame(melPower, mel, t);
            FilterBank.Apply(powerB, mel);
            StoreFrame(melPower, mel, t + 1);
        }

        return ToWhisperScale(melPower);
    }

    // With Z = FFT(a + i b): A[k] = (Z[k] + conj(Z[N-k])) / 2 and B[k] = (Z[k] - conj(Z[N-k])) / 2i.
    private static void UnpackPowerSpectra(Complex[] z, double[] powerA, double[] powerB)
    {
        for (var k = 0; k < SpectrumBins; k++)
        {
            var zk = z[k];
            var zMirror = Complex.Conjugate(z[(FftSize - k) % FftSize]);
            var spectrumA = (zk + zMirror) / 2.0;
            var spectrumB = (zk - zMirror) / new Complex(0.0, 2.0);
            powerA[k] = (spectrumA.Real * spectrumA.Real) + (spectrumA.Imaginary * spectrumA.Imaginary);
            powerB[k] = (spectrumB.Real * spectrumB.Real) + (spectrumB.Imaginary * spectrumB.Imaginary);
        }
    }

    private static void StoreFrame(double[] melPower, double[] mel, int frame)
    {
        for (var m = 0; m < MelBins; m++)
        {
            melPower[(m * Frames) + frame] = mel[m];
        }
    }

    private static double[] ReflectPad(ReadOnlySpan<float> samples)
    {
        const int Pad = FftSize / 2;
        var windowed = new double[WindowSamples];
        var copied = Math.Min(samples.Length, WindowSamples);
        for (var i = 0; i < copied; i++)
        {
            windowed[i] = samples[i];
        }

        // Reflect padding excludes the edge sample: [x2, x1 | x0, x1, x2 ... xn-2, xn-1 | xn-2, xn-3].
        var padded = new double[WindowSamples + (2 * Pad)];
        windowed.CopyTo(padded, Pad);
        for (var i = 0; i < Pad; i++)
        {
            padded[i] = windowed[Pad - i];
            padded[Pad + WindowSamples + i] = windowed[WindowSamples - 2 - i];
        }

        return padded;
    }

    private static float[] ToWhisperScale(double[] melPower)
    {
        var log = new double[melPower.Length];
        var max = double.NegativeInfinity;
        for (var i = 0; i < melPower.Length; i++)
        {
            log[i] = Math.Log10(Math.Max(melPower[i], LogFloor));
            max = Math.Max(max, log[i]);
        }

        var floor = max - DynamicRangeLog10;
        var features = new float[log.Length];
        for (var i = 0; i < log.Length; i++)
        {
            features[i] = (float)((Math.Max(log[i], floor) + 4.0) / 4.0);
        }

        return features;
    }
}
