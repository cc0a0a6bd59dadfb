using System.Numerics;
using MathNet.Numerics.IntegralTransforms;

namespace InterviewInsight.Modules.Analysis.Speech.Transcription;

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
        var frame = new Complex[FftSize];
        var power = new double[SpectrumBins];
        var mel = new double[MelBins];

        // STFT with center=True yields 3001 frames; Whisper drops the last one.
        for (var t = 0; t < Frames; t++)
        {
            var start = t * HopLength;
            for (var n = 0; n < FftSize; n++)
            {
                frame[n] = new Complex(padded[start + n] * PeriodicHann[n], 0.0);
            }

            // Matlab options = unscaled forward transform, the same convention as numpy/torch.
            Fourier.Forward(frame, FourierOptions.Matlab);
            for (var k = 0; k < SpectrumBins; k++)
            {
                var re = frame[k].Real;
                var im = frame[k].Imaginary;
                power[k] = (re * re) + (im * im);
            }

            FilterBank.Apply(power, mel);
            for (var m = 0; m < MelBins; m++)
            {
                melPower[(m * Frames) + t] = mel[m];
            }
        }

        return ToWhisperScale(melPower);
    }

    private static double[] ReflectPad(ReadOnlySpan<float> samples)
    {
        const int pad = FftSize / 2;
        var windowed = new double[WindowSamples];
        var copied = Math.Min(samples.Length, WindowSamples);
        for (var i = 0; i < copied; i++)
        {
            windowed[i] = samples[i];
        }

        // Reflect padding excludes the edge sample: [x2, x1 | x0, x1, x2 ... xn-2, xn-1 | xn-2, xn-3].
        var padded = new double[WindowSamples + (2 * pad)];
        windowed.CopyTo(padded, pad);
        for (var i = 0; i < pad; i++)
        {
            padded[i] = windowed[pad - i];
            padded[pad + WindowSamples + i] = windowed[WindowSamples - 2 - i];
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
