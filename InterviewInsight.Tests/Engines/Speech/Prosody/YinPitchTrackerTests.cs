using InterviewInsight.Modules.Engines.Speech.Prosody;
using InterviewInsight.Modules.Engines.Speech.Vad;
using MathNet.Numerics.Statistics;

namespace InterviewInsight.Tests.Engines.Speech.Prosody;

public sealed class YinPitchTrackerTests
{
    [Theory]
    [InlineData(80.0, 1)]
    [InlineData(100.0, 1)]
    [InlineData(147.3, 1)]
    [InlineData(220.0, 1)]
    [InlineData(310.0, 1)]
    [InlineData(390.0, 1)]
    [InlineData(95.0, 6)]
    [InlineData(180.0, 6)]
    [InlineData(260.0, 4)]
    public void Given_a_synthetic_tone_When_tracking_Then_every_voiced_frame_is_within_2_percent(double hz, int harmonics)
    {
        // Arrange
        var samples = SyntheticVoice.Tone(_ => hz, 1.0, harmonics);

        // Act
        var track = new YinPitchTracker().Track(samples);

        // Assert
        var voiced = track.Where(f => !double.IsNaN(f)).ToList();
        voiced.Count.ShouldBeGreaterThan(90);
        voiced.ShouldAllBe(f => Math.Abs(f - hz) / hz < 0.02);
    }

    [Fact]
    public void Given_silence_and_white_noise_When_tracking_Then_no_frame_is_voiced()
    {
        // Arrange
        var random = new Random(7);
        var samples = new float[32000];
        for (var i = 16000; i < samples.Length; i++)
        {
            samples[i] = (float)((random.NextDouble() * 0.6) - 0.3);
        }

        // Act
        var track = new YinPitchTracker().Track(samples);

        // Assert
        track.Count(f => !double.IsNaN(f)).ShouldBeLessThan(track.Length / 20);
    }

    /// <summary>
    /// Expected medians come from an independent check (numpy autocorrelation, 64 ms frames, normalised peak &gt; 0.6):
    /// the LibriVox reader 104.6 Hz (a typical male voice), the speechbrain speaker 210.5 Hz, and JFK 246 Hz: the
    /// inaugural address is declaimed outdoors with a raised voice, so it sits well above a conversational male pitch.
    /// </summary>
    [Theory]
    [InlineData("B_librivox_ss01_0870", 104.6)]
    [InlineData("B_speechbrain_spk1_snt1", 210.5)]
    [InlineData("B_jfk", 246.2)]
    public void Given_real_speech_When_tracking_inside_speech_Then_the_median_matches_an_independent_estimate(string clip, double expectedHz)
    {
        // Arrange
        using var vad = new SileroVad(SpeechTestAudio.VadModel);
        var samples = SpeechTestAudio.Load(clip);
        var speech = vad.DetectSpeech(samples);

        // Act
        var track = ProsodyTrack.Compute(samples, speech);
        var pitch = ProsodyAnalyzer.Pitch(track, 0, samples.Length / 16000.0);

        // Assert
        pitch.MedianHz.ShouldNotBeNull();
        pitch.MedianHz.Value.ShouldBe(expectedHz, expectedHz * 0.08);
        pitch.VoicedSeconds.ShouldBeGreaterThan(0.8);
        pitch.VariationSemitones!.Value.ShouldBeInRange(0.5, 8);
        track.PitchHz.Where(f => !double.IsNaN(f)).Median().ShouldBe(pitch.MedianHz.Value, 1e-9);
    }

    [Fact]
    public void Given_a_flat_tone_and_a_gliding_tone_When_summarising_Then_only_the_flat_one_is_monotone()
    {
        // Arrange: 8 s each; the glide swings +-5 semitones around 150 Hz every 2 s.
        var flat = SyntheticVoice.Tone(_ => 150, 8, harmonics: 4);
        var glide = SyntheticVoice.Tone(t => 150 * Math.Pow(2, 5 * Math.Sin(Math.PI * t) / 12), 8, harmonics: 4);
        SpeechSegment[] all = [new(0, 8)];

        // Act
        var flatPitch = ProsodyAnalyzer.Pitch(ProsodyTrack.Compute(flat, all), 0, 8);
        var glidePitch = ProsodyAnalyzer.Pitch(ProsodyTrack.Compute(glide, all), 0, 8);

        // Assert
        flatPitch.MedianHz!.Value.ShouldBe(150, 3);
        flatPitch.VariationSemitones!.Value.ShouldBeLessThan(0.2);
        flatPitch.MonotoneStretches.Count.ShouldBe(1);
        flatPitch.MonotoneStretches[0].Start.ShouldBe(0);
        flatPitch.MonotoneStretches[0].End.ShouldBe(8, 1e-9);
        glidePitch.VariationSemitones!.Value.ShouldBeInRange(3, 4.5);
        glidePitch.MonotoneStretches.ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_tone_at_two_levels_When_summarising_energy_Then_mean_and_variation_match_the_levels()
    {
        // Arrange: 2 s at amplitude 0.5 (-9.03 dBFS RMS), 2 s at 0.05 (-29.03 dBFS RMS).
        var loud = SyntheticVoice.Tone(_ => 200, 2, amplitude: 0.5);
        var quiet = SyntheticVoice.Tone(_ => 200, 2, amplitude: 0.05);
        var samples = loud.Concat(quiet).ToArray();

        // Act
        var energy = ProsodyAnalyzer.Energy(ProsodyTrack.Compute(samples, [new SpeechSegment(0, 4)]), 0, 4);

        // Assert
        energy.MeanDb!.Value.ShouldBe(-19.03, 0.3);
        energy.VariationDb!.Value.ShouldBe(10, 0.3);
        energy.PeakDb!.Value.ShouldBe(-9.03, 0.1);
    }
}
