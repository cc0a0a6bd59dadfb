using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Tests.Engines.Speech.Vad;

public sealed class SileroVadTests
{
    [Fact]
    public void Given_jfk_clip_When_detecting_speech_Then_the_four_phrases_of_the_model_notes_are_found()
    {
        // Arrange
        using var vad = new SileroVad(SpeechTestAudio.VadModel);
        var samples = SpeechTestAudio.Load("B_jfk");
        (double Start, double End)[] expected = [(0.32, 2.27), (3.27, 4.45), (5.38, 7.68), (8.16, 10.62)];

        // Act
        var segments = vad.DetectSpeech(samples);

        // Assert
        segments.Count.ShouldBe(4);
        for (var i = 0; i < expected.Length; i++)
        {
            segments[i].Start.ShouldBe(expected[i].Start, 0.1);
            segments[i].End.ShouldBe(expected[i].End, 0.1);
        }
    }

    [Fact]
    public void Given_generated_silence_When_detecting_speech_Then_no_segment_is_found()
    {
        // Arrange
        using var vad = new SileroVad(SpeechTestAudio.VadModel);
        var silence = Speech.SpeechTestAudio.Ffmpeg("-f lavfi -i anullsrc=r=16000:cl=mono -t 5 -c:a pcm_s16le");
        var samples = InterviewInsight.Modules.Engines.Speech.Audio.WavReader.Read(silence);

        // Act
        var segments = vad.DetectSpeech(samples);

        // Assert
        samples.Length.ShouldBe(80_000);
        segments.ShouldBeEmpty();
    }

    [Fact]
    public void Given_a_missing_model_file_When_constructing_Then_the_error_names_the_file()
    {
        // Act
        var error = Should.Throw<FileNotFoundException>(() => new SileroVad("/nonexistent/silero_vad_v6.onnx"));

        // Assert
        error.Message.ShouldContain("/nonexistent/silero_vad_v6.onnx");
    }

    [Fact]
    public void Given_the_same_clip_twice_When_detecting_speech_Then_the_results_are_identical()
    {
        // Arrange
        using var vad = new SileroVad(SpeechTestAudio.VadModel);
        var samples = SpeechTestAudio.Load("B_librivox_ss01_0870");

        // Act
        var first = vad.ComputeProbabilities(samples);
        var second = vad.ComputeProbabilities(samples);

        // Assert
        second.ShouldBe(first);
        first.Length.ShouldBe((samples.Length + 511) / 512);
    }
}
