using InterviewInsight.Modules.Engines.Speech.Audio;

namespace InterviewInsight.Tests.Engines.Speech.Audio;

public sealed class WavReaderTests
{
    [Fact]
    public void Given_the_jfk_wav_When_reading_Then_all_samples_are_returned_in_range()
    {
        // Act
        var samples = WavReader.Read(SpeechTestAudio.Path("B_jfk"));

        // Assert: 11.0 s; the file's header is 78 bytes (ffmpeg adds a LIST chunk), (352078 - 78) / 2 = 176000.
        samples.Length.ShouldBe(176_000);
        samples.ShouldAllBe(s => s >= -1 && s < 1);
        samples.Max().ShouldBeGreaterThan(0.1f);
    }

    [Fact]
    public void Given_a_wav_with_an_extra_odd_sized_chunk_When_reading_Then_the_samples_match_the_plain_file()
    {
        // Arrange: insert a 3-byte "junk" chunk (plus its pad byte) right after the 12-byte RIFF header.
        var original = File.ReadAllBytes(SpeechTestAudio.Path("B_speechbrain_spk1_snt1"));
        byte[] junk = [.. "junk"u8, 3, 0, 0, 0, 1, 2, 3, 0];
        var modified = original[..12].Concat(junk).Concat(original[12..]).ToArray();

        // Act
        var samples = WavReader.Read(new MemoryStream(modified));

        // Assert
        samples.Length.ShouldBeGreaterThan(40_000);
        samples.ShouldBe(WavReader.Read(new MemoryStream(original)));
    }

    [Fact]
    public void Given_a_wav_piped_with_unknown_size_When_reading_Then_the_data_runs_to_the_end()
    {
        // Arrange: ffmpeg writing to a pipe cannot seek back to fill in the data size.
        var original = File.ReadAllBytes(SpeechTestAudio.Path("B_jfk"));
        var streamed = (byte[])original.Clone();
        var dataSizeOffset = original.AsSpan().IndexOf("data"u8) + 4;
        BitConverter.GetBytes(uint.MaxValue).CopyTo(streamed, dataSizeOffset);

        // Act
        var samples = WavReader.Read(new MemoryStream(streamed));

        // Assert
        dataSizeOffset.ShouldBeGreaterThan(4);
        samples.ShouldBe(WavReader.Read(new MemoryStream(original)));
    }

    [Theory]
    [InlineData("-ar 44100 -ac 1 -c:a pcm_s16le", "44100 Hz")]
    [InlineData("-ar 16000 -ac 2 -c:a pcm_s16le", "2 channel(s)")]
    [InlineData("-ar 16000 -ac 1 -c:a pcm_f32le", "format code 3")]
    [InlineData("-ar 16000 -ac 1 -c:a pcm_s24le", "24-bit")]
    public void Given_another_wav_format_When_reading_Then_the_error_says_what_was_found(string ffmpegOutput, string expected)
    {
        // Arrange
        var path = SpeechTestAudio.Ffmpeg($"-i \"{SpeechTestAudio.Path("B_speechbrain_spk1_snt1")}\" {ffmpegOutput}");

        // Act
        var error = Should.Throw<InvalidDataException>(() => WavReader.Read(path));

        // Assert
        error.Message.ShouldContain(expected);
        error.Message.ShouldContain("expected 16000 Hz mono 16-bit PCM");
    }

    [Fact]
    public void Given_an_mp3_file_When_reading_Then_it_is_rejected_as_not_wave()
    {
        // Arrange
        var path = SpeechTestAudio.Ffmpeg($"-i \"{SpeechTestAudio.Path("B_speechbrain_spk1_snt1")}\"", "mp3");

        // Act
        var error = Should.Throw<InvalidDataException>(() => WavReader.Read(path));

        // Assert
        error.Message.ShouldContain("not a RIFF/WAVE file");
    }
}
