using InterviewInsight.Modules.Engines.Speech.Quality;
using InterviewInsight.Modules.Engines.Speech.Transcription;
using InterviewInsight.Modules.Engines.Speech.Vad;

namespace InterviewInsight.Tests.Engines.Speech.Quality;

public sealed class AudioQualityGateTests
{
    [Fact]
    public void Given_the_clean_jfk_clip_When_checking_Then_no_level_flag_is_raised()
    {
        // Arrange
        using var vad = new SileroVad(SpeechTestAudio.VadModel);
        var samples = SpeechTestAudio.Load("B_jfk");

        // Act
        var flags = AudioQualityGate.Check(samples, vad.DetectSpeech(samples), transcript: null);

        // Assert
        flags.ShouldBeEmpty();
    }

    [Fact]
    public void Given_jfk_amplified_by_24_db_When_checking_Then_it_is_flagged_as_clipped()
    {
        // Arrange
        using var vad = new SileroVad(SpeechTestAudio.VadModel);
        var samples = SpeechTestAudio.Filtered("B_jfk", "volume=24dB");

        // Act
        var flags = AudioQualityGate.Check(samples, vad.DetectSpeech(samples), transcript: null);

        // Assert
        var clipped = flags.Single(f => f.Code == "clipped");
        clipped.Modality.ShouldBe("audio");
        clipped.Message.ShouldContain("% of the audio is at full scale");
        flags.ShouldNotContain(f => f.Code == "silent" || f.Code == "too_quiet");
    }

    [Fact]
    public void Given_jfk_attenuated_by_40_db_When_checking_Then_it_is_flagged_as_too_quiet()
    {
        // Arrange
        using var vad = new SileroVad(SpeechTestAudio.VadModel);
        var samples = SpeechTestAudio.Filtered("B_jfk", "volume=-40dB");

        // Act
        var flags = AudioQualityGate.Check(samples, vad.DetectSpeech(samples), transcript: null);

        // Assert
        flags.ShouldContain(f => f.Code == "too_quiet");
        flags.ShouldNotContain(f => f.Code == "clipped");
    }

    [Fact]
    public void Given_generated_silence_When_checking_Then_it_is_flagged_as_silent()
    {
        // Arrange
        using var vad = new SileroVad(SpeechTestAudio.VadModel);
        var samples = InterviewInsight.Modules.Engines.Speech.Audio.WavReader.Read(
            SpeechTestAudio.Ffmpeg("-f lavfi -i anullsrc=r=16000:cl=mono -t 4 -c:a pcm_s16le"));

        // Act
        var flags = AudioQualityGate.Check(samples, vad.DetectSpeech(samples), transcript: null);

        // Assert
        flags.Single().Code.ShouldBe("silent");
        flags.Single().Message.ShouldContain("No speech was detected");
    }

    [Fact]
    public void Given_a_transcript_with_low_word_confidence_from_a_low_accuracy_engine_When_checking_Then_both_are_flagged()
    {
        // Arrange
        var samples = SpeechTestAudio.Load("B_jfk");
        var transcript = new Transcript("ask not", [new("ask", 3.3, 3.6, 0.3), new("not", 3.6, 3.9, 0.5)], "pocketsphinx", LowAccuracy: true);

        // Act
        var flags = AudioQualityGate.Check(samples, [new SpeechSegment(3.2, 4.4)], transcript);

        // Assert
        flags.Select(f => f.Code).ShouldBe(["low_confidence_transcript", "low_accuracy_engine"]);
        flags[0].Message.ShouldContain("0.4");
    }
}
