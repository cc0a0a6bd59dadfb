using System.Text.Json;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Engines.Speech.Transcription;

/// <summary>
/// Compares the C# front end with an independent numpy implementation (Fixtures/make_logmel_fixture.py)
/// run on the first 2 s of the JFK clip.
/// </summary>
public sealed class WhisperLogMelTests
{
    private const double Tolerance = 1e-3;

    private static readonly Lazy<JsonElement> Fixture = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(
        TestAssets.RepoRoot, "InterviewInsight.Tests", "Engines", "Speech", "Transcription", "Fixtures",
        "logmel_fixture.json"))).RootElement);

    [Fact]
    public void Given_first_two_seconds_of_jfk_When_computing_log_mel_Then_selected_frames_match_numpy()
    {
        // Arrange
        var clipSamples = Fixture.Value.GetProperty("clipSamples").GetInt32();
        var samples = Pcm16Wav.ReadMono16k(TestAssets.TestData("audio/B_jfk.wav"))[..clipSamples];

        // Act
        var features = WhisperLogMel.Compute(samples);

        // Assert
        features.Length.ShouldBe(WhisperLogMel.MelBins * WhisperLogMel.Frames);
        ((double)features.Max()).ShouldBe(Fixture.Value.GetProperty("globalMax").GetDouble(), Tolerance);
        var compared = 0;
        var largestDifference = 0.0;
        foreach (var frame in Fixture.Value.GetProperty("frames").EnumerateObject())
        {
            var t = int.Parse(frame.Name, System.Globalization.CultureInfo.InvariantCulture);
            var expected = frame.Value.EnumerateArray().Select(v => v.GetDouble()).ToArray();
            for (var m = 0; m < WhisperLogMel.MelBins; m++)
            {
                var actual = features[(m * WhisperLogMel.Frames) + t];
                Math.Abs(actual - expected[m]).ShouldBeLessThan(Tolerance, $"frame {t}, mel {m}");
                largestDifference = Math.Max(largestDifference, Math.Abs(actual - expected[m]));
                compared++;
            }
        }

        compared.ShouldBeGreaterThan(800);
        Console.WriteLine($"WhisperLogMel vs numpy: {compared} values, largest difference {largestDifference:E2}");
    }

    [Fact]
    public void Given_slaney_filterbank_When_compared_with_numpy_Then_row_sums_and_rows_match()
    {
        // Arrange
        var bank = WhisperLogMel.FilterBank;
        var rowSums = Fixture.Value.GetProperty("filterRowSums").EnumerateArray().Select(v => v.GetDouble()).ToArray();

        // Act
        var actualSums = Enumerable.Range(0, bank.MelBins)
            .Select(m => Enumerable.Range(0, bank.SpectrumBins).Sum(k => bank.Weight(m, k)))
            .ToArray();

        // Assert
        bank.MelBins.ShouldBe(80);
        bank.SpectrumBins.ShouldBe(201);
        for (var m = 0; m < rowSums.Length; m++)
        {
            actualSums[m].ShouldBe(rowSums[m], 1e-7, $"row sum {m}");
        }

        foreach (var row in Fixture.Value.GetProperty("filterRows").EnumerateObject())
        {
            var m = int.Parse(row.Name, System.Globalization.CultureInfo.InvariantCulture);
            var expected = row.Value.EnumerateArray().Select(v => v.GetDouble()).ToArray();
            for (var k = 0; k < expected.Length; k++)
            {
                bank.Weight(m, k).ShouldBe(expected[k], 1e-7, $"filter {m}, bin {k}");
            }
        }
    }

    [Fact]
    public void Given_audio_longer_than_30_seconds_When_computing_log_mel_Then_only_the_first_window_counts()
    {
        // Arrange: 30 s of a 440 Hz tone, then 5 s of loud noise that must be trimmed away.
        var tone = Enumerable.Range(0, WhisperLogMel.WindowSamples)
            .Select(i => (float)(0.1 * Math.Sin(2 * Math.PI * 440 * i / WhisperLogMel.SampleRate)));
        var random = new Random(7);
        var noise = Enumerable.Range(0, 5 * WhisperLogMel.SampleRate).Select(_ => (float)(random.NextDouble() - 0.5));
        var samples = tone.Concat(noise).ToArray();

        // Act
        var trimmed = WhisperLogMel.Compute(samples);
        var exact = WhisperLogMel.Compute(samples.AsSpan(0, WhisperLogMel.WindowSamples));

        // Assert
        trimmed.ShouldBe(exact);
    }
}
