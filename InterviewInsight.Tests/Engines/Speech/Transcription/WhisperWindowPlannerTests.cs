using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Tests.TestInfrastructure;

namespace InterviewInsight.Tests.Engines.Speech.Transcription;

public sealed class WhisperWindowPlannerTests
{
    private const int Rate = WhisperLogMel.SampleRate;

    [Fact]
    public void Given_real_speech_shorter_than_30_s_When_planning_Then_one_window_covers_it()
    {
        // Arrange
        var samples = Pcm16Wav.ReadMono16k(TestAssets.TestData("audio/B_jfk.wav"));

        // Act
        var windows = WhisperWindowPlanner.Plan(samples);

        // Assert
        windows.ShouldBe([(0, samples.Length)]);
    }

    [Fact]
    public void Given_70_s_of_speech_with_pauses_When_planning_Then_cuts_land_in_the_pauses()
    {
        // Arrange: JFK clip repeated with 0.3 s silences inserted at 27.0 s and 54.0 s (after the first cut).
        var clip = Pcm16Wav.ReadMono16k(TestAssets.TestData("audio/B_jfk.wav"));
        var speech = Enumerable.Range(0, 70 * Rate).Select(i => clip[i % clip.Length] + 0.05f * MathF.Sin(i * 0.3f)).ToArray();
        foreach (var pauseStart in new[] { 27 * Rate, 54 * Rate })
        {
            Array.Clear(speech, pauseStart, (int)(0.3 * Rate));
        }

        // Act
        var windows = WhisperWindowPlanner.Plan(speech);

        // Assert
        windows.Count.ShouldBe(3);
        windows.Sum(w => w.Length).ShouldBe(speech.Length);
        windows.ShouldAllBe(w => w.Length <= WhisperLogMel.WindowSamples);
        windows[1].Start.ShouldBeInRange(27 * Rate, (int)(27.3 * Rate));
        windows[2].Start.ShouldBeInRange(54 * Rate, (int)(54.3 * Rate));
        (windows[1].Start + windows[1].Length).ShouldBe(windows[2].Start);
    }

    [Fact]
    public void Given_no_samples_When_planning_Then_there_is_no_window()
    {
        // Act / Assert
        WhisperWindowPlanner.Plan([]).ShouldBeEmpty();
    }
}
