namespace InterviewInsight.Modules.Engines.Speech.Transcription;

/// <summary>
/// Triangular mel filters on the Slaney (Auditory Toolbox) mel scale with Slaney area normalisation:
/// the same filters as librosa.filters.mel(htk=False, norm="slaney"), which Whisper ships as mel_filters.npz.
/// </summary>
internal sealed class SlaneyMelFilterBank
{
    // Slaney scale: linear below 1 kHz (200/3 Hz per mel), logarithmic above (27 mels per factor 6.4).
    private const double LinearHzPerMel = 200.0 / 3.0;
    private const double LogRegionStartHz = 1000.0;
    private const double LogRegionStartMel = LogRegionStartHz / LinearHzPerMel;
    private static readonly double LogStep = Math.Log(6.4) / 27.0;

    private readonly double[][] weights;
    private readonly int[] firstBin;

    private SlaneyMelFilterBank(double[][] weights, int[] firstBin, int spectrumBins)
    {
        this.weights = weights;
        this.firstBin = firstBin;
        SpectrumBins = spectrumBins;
    }

    public int MelBins => this.weights.Length;

    public int SpectrumBins { get; }

    public static SlaneyMelFilterBank Create(int sampleRate, int fftSize, int melBins, double minHz, double maxHz)
    {
        var spectrumBins = (fftSize / 2) + 1;
        var binHz = Enumerable.Range(0, spectrumBins).Select(k => k * (double)sampleRate / fftSize).ToArray();

        var minMel = HzToMel(minHz);
        var maxMel = HzToMel(maxHz);
        var edgesHz = Enumerable.Range(0, melBins + 2)
            .Select(i => MelToHz(minMel + ((maxMel - minMel) * i / (melBins + 1))))
            .ToArray();

        var dense = new double[melBins][];
        for (var m = 0; m < melBins; m++)
        {
            var lower = edgesHz[m];
            var centre = edgesHz[m + 1];
            var upper = edgesHz[m + 2];
            var areaNormalisation = 2.0 / (upper - lower);
            dense[m] = new double[spectrumBins];
            for (var k = 0; k < spectrumBins; k++)
            {
                var rising = (binHz[k] - lower) / (centre - lower);
                var falling = (upper - binHz[k]) / (upper - centre);
                dense[m][k] = Math.Max(0.0, Math.Min(rising, falling)) * areaNormalisation;
            }
        }

        return FromDense(dense, spectrumBins);
    }

    public static double HzToMel(double hz) =>
        hz < LogRegionStartHz
            ? hz / LinearHzPerMel
            : LogRegionStartMel + (Math.Log(hz / LogRegionStartHz) / LogStep);

    public static double MelToHz(double mel) =>
        mel < LogRegionStartMel
            ? mel * LinearHzPerMel
            : LogRegionStartHz * Math.Exp(LogStep * (mel - LogRegionStartMel));

    /// <summary>Weight of spectrum bin <paramref name="bin"/> in mel filter <paramref name="mel"/>.</summary>
    public double Weight(int mel, int bin)
    {
        var offset = bin - this.firstBin[mel];
        return offset >= 0 && offset < this.weights[mel].Length ? this.weights[mel][offset] : 0.0;
    }

    /// <summary>Applies every filter to one power spectrum (length <see cref="SpectrumBins"/>).</summary>
    public void Apply(ReadOnlySpan<double> powerSpectrum, Span<double> melEnergies)
    {
        for (var m = 0; m < this.weights.Length; m++)
        {
            var weights = this.weights[m];
            var spectrum = powerSpectrum.Slice(this.firstBin[m], weights.Length);
            var sum = 0.0;
            for (var i = 0; i < weights.Length; i++)
            {
                sum += weights[i] * spectrum[i];
            }

            melEnergies[m] = sum;
        }
    }

    // Each triangle touches only a few bins; keeping just the non-zero run makes Apply ~25x cheaper.
    private static SlaneyMelFilterBank FromDense(double[][] dense, int spectrumBins)
    {
        var weights = new double[dense.Length][];
        var firstBin = new int[dense.Length];
        for (var m = 0; m < dense.Length; m++)
        {
            var first = Array.FindIndex(dense[m], w => w > 0);
            var last = Array.FindLastIndex(dense[m], w => w > 0);
            if (first < 0)
            {
                // A filter narrower than one bin (possible with many mels and a short FFT) stays all-zero, as in librosa.
                first = 0;
                last = -1;
            }

            firstBin[m] = first;
            weights[m] = dense[m][first..(last + 1)];
        }

        return new SlaneyMelFilterBank(weights, firstBin, spectrumBins);
    }
}
